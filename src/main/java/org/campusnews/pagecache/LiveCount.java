package org.campusnews.pagecache;

/** A number a cached page shows that changes with every view: the browse count of an article page. */
public interface LiveCount {

    /** Counts this view and returns the number including it. */
    long countView();

    /** The number now, without counting a view (a revalidation, a HEAD request, a crawler). */
    long current();
}
