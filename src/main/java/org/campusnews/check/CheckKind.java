package org.campusnews.check;

/** What the pre-publishing checks look for; each has its message {@code checks.kind.<NAME>}. */
public enum CheckKind {
    /** A word of the news office's list; its severity is the word's. */
    SENSITIVE_WORD,
    ID_NUMBER,
    MOBILE_NUMBER,
    EMAIL,
    IMAGE_WITHOUT_ALT,
    IMAGE_TOO_LARGE,
    IMAGE_WITHOUT_RENDITION,
    EMPTY_VERSION,
    SUMMARY_TOO_LONG,
    TITLE_TOO_LONG,
    LINK_NOT_FOUND,
    LINK_HTTP_ERROR,
    LINK_UNRESOLVED,
    LINK_TIMEOUT,
    LINK_REDIRECT_LOOP,
    LINK_TOO_MANY_REDIRECTS,
    LINK_REFUSED,
    LINK_FAILED,
    LINK_MALFORMED;

    /** Whether what it finds is personal data, which is kept out of finding keys and the audit log. */
    boolean isPersonalData() {
        return this == ID_NUMBER || this == MOBILE_NUMBER || this == EMAIL;
    }
}
