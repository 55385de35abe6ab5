package org.campusnews.article;

/** One article's browse count, live: what a visitor sees, with or without counting their view. */
public interface ViewCount {

    /** Counts a view and returns the count including it. */
    long countView();

    long current();

    /** A count that does not move, for a page that counts no views (a staff preview). */
    static ViewCount fixed(long count) {
        return new ViewCount() {
            @Override
            public long countView() {
                return count;
            }

            @Override
            public long current() {
                return count;
            }
        };
    }
}
