package org.campusnews.api;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.springframework.stereotype.Component;

/**
 * The page cache's key of the API's answers (searched lists have theirs in {@link ApiSearchKey}): the path and the parameters read as the API reads them, in one order
 * and form (the default limit written out, {@code since} as an instant), so that spellings of the same request share
 * one entry. A request the API would refuse (an unknown, repeated or invalid parameter) has no key.
 */
@Component
class ApiPageKey implements PagePathKey {

    private static final String PREFIX = "/api/v1/";
    private static final Set<String> LIST_PARAMETERS = Set.of("lang", "section", "department", "since", "cursor", "limit");
    private static final Set<String> ARTICLE_PARAMETERS = Set.of("lang");

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException malformedQuery) {
            return null;
        }
        try {
            return switch (path.substring(PREFIX.length())) {
                case "sections", "departments" -> parameters.isEmpty() ? path : null;
                case "articles" -> only(parameters, LIST_PARAMETERS) ? listKey(path, request) : null;
                default -> only(parameters, ARTICLE_PARAMETERS) ? articleKey(path, request) : null;
            };
        } catch (RuntimeException refused) {
            return null;
        }
    }

    /** The key of a list, searched or not: its parameters as the API reads them, in one order. */
    static String listKey(String path, HttpServletRequest request) {
        String since = request.getParameter("since");
        String q = request.getParameter("q");
        String cursor = request.getParameter("cursor");
        if (cursor != null) {
            ArticleCursor.read(cursor);
        }
        return path + "?lang=" + ApiParameters.language(request.getParameter("lang")).code()
                + "&section=" + nullToEmpty(ApiParameters.slug("section", request.getParameter("section")))
                + "&department=" + nullToEmpty(ApiParameters.slug("department", request.getParameter("department")))
                + "&since=" + (since == null ? "" : ApiParameters.since(since).toString())
                + "&cursor=" + nullToEmpty(cursor)
                + "&limit=" + ApiParameters.limit(request.getParameter("limit"))
                + (q == null ? "" : "&q=" + ApiParameters.text(q));
    }

    /** {@code /api/v1/articles/{id}}; null for any other path. */
    private static String articleKey(String path, HttpServletRequest request) {
        String rest = path.substring(PREFIX.length());
        if (!rest.startsWith("articles/")) {
            return null;
        }
        long id = ApiParameters.id(rest.substring("articles/".length()));
        return PREFIX + "articles/" + id + "?lang=" + ApiParameters.language(request.getParameter("lang")).code();
    }

    /** Whether every parameter is one the address takes, and given once. */
    private static boolean only(Map<String, String[]> parameters, Set<String> accepted) {
        return parameters.entrySet().stream()
                .allMatch(parameter -> accepted.contains(parameter.getKey()) && parameter.getValue().length == 1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
