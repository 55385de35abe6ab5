package org.campusnews.check;

import java.util.Locale;
import java.util.Optional;

import org.campusnews.article.CheckSeverity;

/**
 * What a word of the list may be: 1 to 50 characters (a phrase may hold spaces), none of them a control, format,
 * private-use, unassigned or broken character (U+FFFD, what bytes that are not UTF-8 become), and at most 100
 * characters once folded.
 */
final class WordRules {

    static final int MAX_LENGTH = 50;
    static final int MAX_FOLDED_LENGTH = 100;

    private WordRules() {
    }

    /** The problem of a word (already stripped of surrounding white space), or empty for a good one. */
    static Optional<WordProblem> problem(String word) {
        if (word == null || word.isEmpty()) {
            return Optional.of(WordProblem.BLANK);
        }
        if (word.codePointCount(0, word.length()) > MAX_LENGTH) {
            return Optional.of(WordProblem.TOO_LONG);
        }
        boolean odd = word.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return c == 0xFFFD || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
        });
        if (odd) {
            return Optional.of(WordProblem.CHARACTERS);
        }
        String folded = FoldedText.fold(word);
        if (folded.isBlank()) {
            return Optional.of(WordProblem.CHARACTERS);
        }
        if (folded.codePointCount(0, folded.length()) > MAX_FOLDED_LENGTH) {
            return Optional.of(WordProblem.TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * The severity written after a word in a list: {@code block} or {@code warn} in any case, or the Chinese
     * {@code 阻止} / {@code 警告}; nothing means warn.
     */
    static Optional<CheckSeverity> severity(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "", "warn", "警告":
                return Optional.of(CheckSeverity.WARN);
            case "block", "阻止":
                return Optional.of(CheckSeverity.BLOCK);
            default:
                return Optional.empty();
        }
    }
}
