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
    LISTING;

    boolean dropsOnAnyChange() {
        return this == SEARCH || this == LISTING;
    }
}
