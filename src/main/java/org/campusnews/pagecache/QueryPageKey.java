package org.campusnews.pagecache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The key of a visitor's page whose address carries a query that the page reads itself (the search page). Such keys
 * must reduce the query to a normal form (what the page would search for), so that spellings of the same query share
 * one entry; the cache keeps a bounded number of these pages, apart from the others.
 */
public interface QueryPageKey {

    /** Marks the keys of such pages in the cache. */
    String PREFIX = "?";

    /** Null when the request is not for such a page, or is not one that may be kept. */
    String of(String path, HttpServletRequest request);
}
