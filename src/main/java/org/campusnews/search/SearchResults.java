package org.campusnews.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results.
 *
 * @param query the query searched, cut to {@link SearchTerms#QUERY_LIMIT} characters
 * @param total how many articles match, on all pages
 * @param page the page shown, from 1
 */
public record SearchResults(String query, List<Hit> hits, long total, int page) {

    public SearchResults {
        hits = List.copyOf(hits);
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
