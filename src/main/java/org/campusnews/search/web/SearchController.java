package org.campusnews.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.search.SearchResults;
import org.campusnews.search.SearchService;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page. It is never kept by the page cache (any query would make a new page); browsers and shared
 * caches may store it but must ask again each time.
 */
@Controller
class SearchController {

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private final SearchService search;
    private final CampusNewsProperties properties;

    SearchController(SearchService search, CampusNewsProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/{lang}/search")
    String search(@PathVariable Language lang, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
        if (page < 1) {
            throw new BadRequestException("Page numbers start at 1");
        }
        SearchResults results = search.search(lang, q.strip(), page);
        if (page > Math.max(1, results.totalPages())) {
            throw new NotFoundException("No page " + page + " of the results");
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        String query = results.query();
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        model.addAttribute("searchQuery", query);
        model.addAttribute("results", results);
        model.addAttribute("hits", results.hits().stream()
                .map(hit -> new Result(hit, LocalDate.ofInstant(hit.releaseTime(), properties.timeZone())))
                .toList());
        model.addAttribute("pager", Pager.of(results.page(), results.totalPages(),
                "/" + lang.code() + "/search?q=" + encoded + "&page="));
        model.addAttribute("alternatePath", "/" + lang.other().code() + "/search" + (query.isEmpty() ? "" : "?q=" + encoded));
        return "search/results";
    }

    /** A result as the page shows it: with its release day in the site's time zone. */
    record Result(SearchResults.Hit hit, LocalDate releaseDate) {
    }
}
