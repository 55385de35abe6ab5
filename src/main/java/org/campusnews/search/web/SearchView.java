package org.campusnews.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.campusnews.search.SearchFilters;
import org.campusnews.search.SearchPage;
import org.campusnews.search.SearchRequest;
import org.campusnews.search.SearchResults;
import org.campusnews.web.Pager;

/**
 * The search page as shown: the query, the results with their release days, the filters' choices with the chosen
 * ones marked, the sort links, the pager and the address of the page in the other language, every link keeping the
 * query and the filters.
 */
record SearchView(String query, List<Result> hits, List<Option> sections, List<Option> departments,
        List<Option> years, boolean newestFirst, boolean filtered, String relevanceLink, String newestLink,
        Pager pager, String alternatePath, String canonicalPath) {

    /** A result as the page shows it: with its release day in the site's time zone. */
    record Result(SearchResults.Hit hit, LocalDate releaseDate) {
    }

    /** A choice of a filter: the value sent, its label, and whether it is the one chosen. */
    record Option(String value, String label, boolean selected) {
    }

    static SearchView of(SearchPage page, ZoneId zone) {
        SearchRequest request = page.request();
        SearchResults results = page.results();
        String query = results.query();
        String path = "/" + request.language().code() + "/search";
        String other = "/" + request.language().other().code() + "/search";
        List<Result> hits = results.hits().stream()
                .map(hit -> new Result(hit, LocalDate.ofInstant(hit.releaseTime(), zone)))
                .toList();
        List<Option> years = new ArrayList<>();
        for (Integer year : page.years()) {
            years.add(new Option(year.toString(), year.toString(), year.equals(request.year())));
        }
        boolean newest = request.order() == SearchRequest.Order.NEWEST;
        return new SearchView(query, hits, options(page.sections(), request.section()),
                options(page.departments(), request.department()), years, newest, request.isFiltered(),
                link(path, query, request, SearchRequest.Order.RELEVANCE, 1),
                link(path, query, request, SearchRequest.Order.NEWEST, 1),
                Pager.of(results.page(), results.totalPages(), link(path, query, request, request.order(), 0)),
                link(other, query, request, request.order(), 1),
                link(path, query, request, request.order(), results.page()));
    }

    private static List<Option> options(List<SearchFilters.Choice> choices, String chosen) {
        return choices.stream().map(choice -> new Option(choice.slug(), choice.name(), choice.slug().equals(chosen)))
                .toList();
    }

    /**
     * The address of a page of these results in this order; {@code page} 0 leaves {@code page=} open for a number,
     * page 1 is the address without a number.
     */
    private static String link(String path, String query, SearchRequest request, SearchRequest.Order order, int page) {
        List<String> parameters = new ArrayList<>();
        if (!query.isEmpty()) {
            parameters.add("q=" + encoded(query));
        }
        if (request.section() != null) {
            parameters.add("section=" + encoded(request.section()));
        }
        if (request.department() != null) {
            parameters.add("department=" + encoded(request.department()));
        }
        if (request.year() != null) {
            parameters.add("year=" + request.year());
        }
        if (order == SearchRequest.Order.NEWEST) {
            parameters.add("sort=newest");
        }
        if (page == 0) {
            parameters.add("page=");
        } else if (page > 1) {
            parameters.add("page=" + page);
        }
        return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
