package org.campusnews.pagecache;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The key of a page that may be kept, made only from the validated path and, on section pages, the page number: query
 * parameters a page does not use never make new entries, so nobody can fill the cache with made-up addresses.
 */
final class PageKeys {

    private static final Pattern HOME = Pattern.compile("/(en|zh)/");
    private static final Pattern SECTION = Pattern.compile("/(en|zh)/sections/([a-z0-9][a-z0-9-]{0,79})");
    private static final Pattern ARTICLE = Pattern.compile("/(en|zh)/articles/([1-9][0-9]{0,17})");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,6}");

    private PageKeys() {
    }

    /** Null for anything that is not a visitor's page, or whose page number the page itself must refuse. */
    static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String scheme = request.isSecure() ? "s:" : ":";
        if (HOME.matcher(path).matches()) {
            return scheme + path;
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            return scheme + path;
        }
        if (SECTION.matcher(path).matches()) {
            String page = pageNumber(request);
            return page == null ? null : scheme + path + "?page=" + page;
        }
        return null;
    }

    private static String pageNumber(HttpServletRequest request) {
        String[] values;
        try {
            values = request.getParameterValues("page");
        } catch (RuntimeException malformedQuery) {
            return null;
        }
        if (values == null) {
            return "1";
        }
        return values.length == 1 && PAGE_NUMBER.matcher(values[0]).matches() ? values[0] : null;
    }
}
