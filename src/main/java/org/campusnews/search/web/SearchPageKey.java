package org.campusnews.search.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.campusnews.pagecache.QueryPageKey;
import org.campusnews.search.SearchTerms;
import org.springframework.stereotype.Component;

/**
 * The page cache's key of a search page: the language, the query as the page shows it (cut and stripped, so the kept
 * page is exactly what this request would get) and the filters, order and page, each in the form the page accepts.
 * Requests the page would refuse or answer without results are not keyed here, nor are repeated parameters; the
 * controller lets a page be kept only when it found something, so made-up queries fill nothing.
 */
@Component
class SearchPageKey implements QueryPageKey {

    private static final List<String> FILTERS = List.of("section", "department", "year", "sort", "page");

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!path.equals("/en/search") && !path.equals("/zh/search")) {
            return null;
        }
        String q = PagePathKey.single(request, "q");
        if (q == null || SearchTerms.query(SearchTerms.cut(q.strip())).isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(path.substring(1, 3));
        for (String name : FILTERS) {
            String value = PagePathKey.single(request, name);
            if (value == null || !acceptable(name, value.strip())) {
                return null;
            }
            parts.add(value.strip());
        }
        parts.add(SearchTerms.cut(q.strip()));
        return String.join("\u0000", parts);
    }

    private static boolean acceptable(String name, String value) {
        return switch (name) {
            case "section", "department" -> value.isEmpty() || value.matches("[a-z0-9][a-z0-9-]{0,79}");
            case "year" -> value.isEmpty() || value.matches("[1-9][0-9]{3}");
            case "sort" -> value.isEmpty() || value.equals("relevance") || value.equals("newest");
            default -> value.isEmpty() || PagePathKey.isPageNumber(value);
        };
    }
}
