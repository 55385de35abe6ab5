package org.campusnews.article;

/** The part of a language version a finding of the pre-publishing checks is in. */
public enum CheckedField {
    TITLE,
    SUMMARY,
    BODY;

    /** The name of the field in the article editor's form, in a version's prefix: {@code en.title}. */
    public String formName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
