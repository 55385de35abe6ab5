package org.campusnews.pagecache;

/** The kinds of visitors' pages kept in memory; each decides what invalidates it. */
public enum PageKind {
    HOME, SECTION, ARTICLE, SEARCH
}
