package org.campusnews.search;

import org.campusnews.i18n.Language;

/**
 * What a visitor asks the search page for.
 *
 * @param query as typed; cut to {@link SearchTerms#QUERY_LIMIT} characters when searched
 * @param section the slug of the only section to search, or null for all
 * @param department the slug of the only publishing department to search, or null for all
 * @param year the only year of release (in the site's time zone) to search, or null for all
 * @param order relevance, or newest first
 * @param page from 1
 */
public record SearchRequest(Language language, String query, String section, String department, Integer year,
        Order order, int page) {

    public enum Order {
        RELEVANCE, NEWEST
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        section = blankToNull(section);
        department = blankToNull(department);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchRequest of(Language language, String query, int page) {
        return new SearchRequest(language, query, null, null, null, Order.RELEVANCE, page);
    }

    public boolean isFiltered() {
        return section != null || department != null || year != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
