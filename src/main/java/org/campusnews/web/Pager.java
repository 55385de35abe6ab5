package org.campusnews.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The page links of a paginated list, for {@code fragments/pager}: previous and next, the first and last page and a
 * window around the current one, with gaps where pages are left out, each with its address.
 *
 * @param current the page shown, from 1
 * @param total how many pages there are
 * @param previous the address of the page before, or null on the first
 * @param next the address of the page after, or null on the last
 * @param entries the numbered links in order, gaps among them
 */
public record Pager(int current, int total, String previous, String next, List<Entry> entries) {

    private static final int WINDOW = 2;

    public Pager {
        entries = List.copyOf(entries);
    }

    /**
     * @param link the address of a page without its number, which is appended ({@code /en/sections/news?page=})
     */
    public static Pager of(int current, int total, String link) {
        List<Entry> entries = new ArrayList<>();
        for (Integer number : numbers(current, total)) {
            entries.add(number == null ? Entry.GAP : new Entry(number, number == current ? null : link + number));
        }
        // Past the end (a list that shrank), the page before is the last one.
        String previous = current > 1 && total >= 1 ? link + Math.min(current - 1, total) : null;
        String next = current < total ? link + (current + 1) : null;
        return new Pager(current, total, previous, next, entries);
    }

    /** The pager of a page of a Spring Data query (numbered from 0). */
    public static Pager of(Page<?> page, String link) {
        return of(page.getNumber() + 1, page.getTotalPages(), link);
    }

    /** The numbers shown: first and last, a window around the current one, null for a gap. */
    static List<Integer> numbers(int current, int total) {
        if (total < 1) {
            return Collections.emptyList();
        }
        List<Integer> pages = new ArrayList<>();
        int from = Math.max(2, current - WINDOW);
        int to = Math.min(total - 1, current + WINDOW);
        pages.add(1);
        if (from > 2) {
            pages.add(null);
        }
        for (int page = from; page <= to; page++) {
            pages.add(page);
        }
        if (to < total - 1 && total > 1) {
            pages.add(null);
        }
        if (total > 1) {
            pages.add(total);
        }
        return pages;
    }

    /** Whether there is anything to page through. */
    public boolean shown() {
        return total > 1 || previous != null;
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    public boolean hasNext() {
        return next != null;
    }

    /**
     * A numbered link: the page's number and its address (null for the current page), or a gap.
     */
    public record Entry(Integer number, String href) {

        static final Entry GAP = new Entry(null, null);

        public boolean gap() {
            return number == null;
        }

        public boolean isCurrent() {
            return number != null && href == null;
        }
    }
}
