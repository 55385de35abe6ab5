package org.campusnews.search;

import java.util.List;

/**
 * A page of the search: the results and what its filters offer.
 *
 * @param request what was asked, its query cut as searched
 */
public record SearchPage(SearchRequest request, SearchResults results, List<SearchFilters.Choice> sections,
        List<SearchFilters.Choice> departments, List<Integer> years) {

    public SearchPage {
        sections = List.copyOf(sections);
        departments = List.copyOf(departments);
        years = List.copyOf(years);
    }
}
