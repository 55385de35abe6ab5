package org.campusnews.pagecache;

/** The kinds of visitors' pages kept in memory; each decides what invalidates it. */
public enum PageKind {
    HOME, SECTION, ARTICLE,
    /** Search results: any change may bring an article into them or take one out. */
    SEARCH,
    /**
     * Pages that list articles across sections by some other order (feeds, sitemaps, archives, department pages):
     * like search results, any change of a public article drops them.
     */
    LISTING,
    /**
     * An image made from an article page's address (its QR code): it exists only while the article is public, so it
     * goes when the article changes. Being compressed already, it is never sent gzip-encoded.
     */
    ARTICLE_IMAGE;

    boolean dropsOnAnyChange() {
        return this == SEARCH || this == LISTING;
    }

    boolean compressible() {
        return this != ARTICLE_IMAGE;
    }
}
