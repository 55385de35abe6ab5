package org.campusnews.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results.
 *
 * @param query the query searched, cut to {@link SearchTerms#QUERY_LIMIT} characters
 * @param total how many articles match, on all pages, counted up to {@value #COUNTED}; more when {@code more}
 * @param more whether more than {@value #COUNTED} articles match, of which the first {@value #COUNTED} are listed
 * @param page the page shown, from 1
 */
public record SearchResults(String query, List<Hit> hits, long total, boolean more, int page) {

    /**
     * The most results counted and listed, as search engines do: a query that finds more is better made narrower
     * (a filter, another word) than paged through, and counting or ordering every match of a common word would make
     * it slow.
     */
    public static final int COUNTED = 500;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults none(String query, int page) {
        return new SearchResults(query, List.of(), 0, false, page);
    }

    /** How many pages the results fill ({@value SearchService#PAGE_SIZE} a page); 0 without results. */
    public int totalPages() {
        return (int) ((total + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
    }

    /**
     * @param markedTitle the title with the query's matches marked
     * @param snippet the plain text around the first match, the matches marked
     */
    public record Hit(long articleId, String title, Instant releaseTime, String sectionName, String departmentName,
            MarkedText markedTitle, MarkedText snippet) {
    }
}
