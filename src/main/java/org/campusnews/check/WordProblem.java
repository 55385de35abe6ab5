package org.campusnews.check;

/** Why a word cannot be on the list: {@code checks.words.problem.<NAME>}. */
public enum WordProblem {
    BLANK,
    TOO_LONG,
    CHARACTERS,
    TAKEN
}
