package org.campusnews.check;

/** What checking a link answered; every outcome but {@link #OK} is reported as a warning. */
enum LinkOutcome {
    OK(null),
    /** 404 or 410. */
    NOT_FOUND(CheckKind.LINK_NOT_FOUND),
    /** Any other status of 400 or more, except those that say the page is there but not for us (401, 403, 429). */
    HTTP_ERROR(CheckKind.LINK_HTTP_ERROR),
    UNRESOLVED(CheckKind.LINK_UNRESOLVED),
    TIMEOUT(CheckKind.LINK_TIMEOUT),
    REDIRECT_LOOP(CheckKind.LINK_REDIRECT_LOOP),
    TOO_MANY_REDIRECTS(CheckKind.LINK_TOO_MANY_REDIRECTS),
    /** Not fetched: it names a private, loopback, link-local, multicast or unspecified address, or is not http(s). */
    REFUSED(CheckKind.LINK_REFUSED),
    /** The connection failed or broke off. */
    FAILED(CheckKind.LINK_FAILED);

    private final CheckKind kind;

    LinkOutcome(CheckKind kind) {
        this.kind = kind;
    }

    /** The finding it is reported as; null for a link that works. */
    CheckKind kind() {
        return kind;
    }

    static LinkOutcome ofStatus(int status) {
        if (status == 404 || status == 410) {
            return NOT_FOUND;
        }
        if (status >= 400 && status != 401 && status != 403 && status != 429) {
            return HTTP_ERROR;
        }
        return OK;
    }
}
