package org.campusnews.article;

import java.util.List;

/**
 * One numbered page (from 1) of a list of published articles across sections, newest first.
 *
 * @param total how many articles the whole list holds
 */
public record ArchiveListPage(List<ArchivedArticle> articles, int page, long total) {

    public static final int PAGE_SIZE = 20;

    public ArchiveListPage {
        articles = List.copyOf(articles);
    }

    /** Page 1 exists even for an empty list, to say so. */
    public int totalPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isBeyondLast() {
        return page > totalPages();
    }

    static boolean exists(int page, long total) {
        return page >= 1 && page <= Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    static long offset(int page) {
        return (long) (page - 1) * PAGE_SIZE;
    }
}
