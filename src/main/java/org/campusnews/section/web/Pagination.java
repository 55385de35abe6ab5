package org.campusnews.section.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbered page links: the first and last page, and a window around the current one, with gaps ({@code null}
 * entries) where pages are left out.
 */
public record Pagination(int current, int total, List<Integer> pages) {

    private static final int WINDOW = 2;

    public static Pagination of(int current, int total) {
        List<Integer> pages = new ArrayList<>();
        for (int page = 1; page <= total; page++) {
            boolean shown = page == 1 || page == total || Math.abs(page - current) <= WINDOW;
            if (shown) {
                pages.add(page);
            } else if (!pages.isEmpty() && pages.get(pages.size() - 1) != null) {
                pages.add(null);
            }
        }
        return new Pagination(current, total, pages);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < total;
    }
}
