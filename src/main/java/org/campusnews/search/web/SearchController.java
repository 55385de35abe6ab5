package org.campusnews.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.search.SearchPage;
import org.campusnews.search.SearchRequest;
import org.campusnews.search.SearchResults;
import org.campusnews.search.SearchService;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.PageMetadata;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page. Pages that found something may be kept by the page cache ({@link SearchPageKey}, a bounded
 * number, dropped on every change to what visitors see); browsers and shared caches may store them but must ask
 * again each time.
 */
@Controller
class SearchController {

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    private final SearchService search;
    private final CampusNewsProperties properties;
    private final PageMetadata metadata;

    SearchController(SearchService search, CampusNewsProperties properties, PageMetadata metadata) {
        this.search = search;
        this.properties = properties;
        this.metadata = metadata;
    }

    @GetMapping("/{lang}/search")
    String search(@PathVariable Language lang, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String section, @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (page < 1) {
            throw new BadRequestException("Page numbers start at 1");
        }
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new BadRequestException("No year " + year);
        }
        SearchPage found = search.page(new SearchRequest(lang, q, section, department, year, order(sort), page))
                .orElseThrow(() -> new NotFoundException("No such section or department"));
        if (page > Math.max(1, found.results().totalPages())) {
            throw new NotFoundException("No page " + page + " of the results");
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (found.results().total() > 0) {
            PageCapture.of(request).ifPresent(capture -> capture.search(
                    found.results().hits().stream().map(SearchResults.Hit::articleId).toList()));
        }
        SearchView view = SearchView.of(found, properties.timeZone());
        model.addAttribute("searchQuery", view.query());
        model.addAttribute("search", view);
        model.addAttribute("results", found.results());
        model.addAttribute("pager", view.pager());
        model.addAttribute("alternatePath", view.alternatePath());
        model.addAttribute("meta", metadata.page(lang, version -> version == lang ? view.canonicalPath() : view.alternatePath())
                .title(metadata.siteName(lang))
                .noIndex()
                .build());
        return "search/results";
    }

    private static SearchRequest.Order order(String sort) {
        return switch (sort) {
            case "", "relevance" -> SearchRequest.Order.RELEVANCE;
            case "newest" -> SearchRequest.Order.NEWEST;
            default -> throw new BadRequestException("Results are sorted by relevance or newest first");
        };
    }
}
