package org.campusnews.pagecache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The key of a page that may be kept, made only from the validated path and, on section pages, the page number: query
 * parameters a page does not use never make new entries, so nobody can fill the cache with made-up addresses.
 * Paths are read character by character: this runs for every request, ahead of everything else.
 */
final class PageKeys {

    private static final String SECTIONS = "sections/";
    private static final String ARTICLES = "articles/";
    private static final String PAGE_QUERY = "page=";
    private static final int LANGUAGE_PREFIX = "/en/".length();

    private PageKeys() {
    }

    /** Null for anything that is not a visitor's page, or whose page number the page itself must refuse. */
    static String of(HttpServletRequest request) {
        String path = path(request);
        if (!isPage(path)) {
            return null;
        }
        if (!isSectionPage(path)) {
            return scheme(request) + path;
        }
        String page = pageNumber(request);
        return page == null ? null : scheme(request) + path + "?page=" + page;
    }

    /**
     * The key of a page whose query is absent or, on a section page, exactly {@code page=N}: read from the query
     * string, without parsing the parameters, which stay unread for the filter that checks them. Null for any other
     * request, including pages with other queries, which {@link #of} still finds.
     */
    static String ofPlainAddress(HttpServletRequest request) {
        String path = path(request);
        if (!isPage(path)) {
            return null;
        }
        String query = request.getQueryString();
        if (!isSectionPage(path)) {
            return query == null ? scheme(request) + path : null;
        }
        if (query == null) {
            return scheme(request) + path + "?page=1";
        }
        return isPageQuery(query) ? scheme(request) + path + "?" + query : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String scheme(HttpServletRequest request) {
        return request.isSecure() ? "s:" : ":";
    }

    /** A home page, an article page or a section page, by the form of its path. */
    private static boolean isPage(String path) {
        if (!hasLanguagePrefix(path)) {
            return false;
        }
        if (path.length() == LANGUAGE_PREFIX) {
            return true;
        }
        if (path.startsWith(ARTICLES, LANGUAGE_PREFIX)) {
            return isNumber(path, LANGUAGE_PREFIX + ARTICLES.length(), 18);
        }
        return isSectionPage(path);
    }

    private static boolean isSectionPage(String path) {
        return path.startsWith(SECTIONS, LANGUAGE_PREFIX) && isSlug(path, LANGUAGE_PREFIX + SECTIONS.length());
    }

    /** {@code /en/} or {@code /zh/}. */
    private static boolean hasLanguagePrefix(String path) {
        return path.length() >= LANGUAGE_PREFIX && path.charAt(0) == '/' && path.charAt(3) == '/'
                && (path.startsWith("en", 1) || path.startsWith("zh", 1));
    }

    /** Lower-case letters, digits and hyphens, 1 to 80 of them, not starting with a hyphen, up to the end. */
    private static boolean isSlug(String path, int from) {
        int length = path.length() - from;
        if (length < 1 || length > 80 || path.charAt(from) == '-') {
            return false;
        }
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** 1 to {@code maxDigits} digits from {@code from} to the end, not starting with 0. */
    private static boolean isNumber(String text, int from, int maxDigits) {
        int length = text.length() - from;
        if (length < 1 || length > maxDigits || text.charAt(from) == '0') {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPageQuery(String query) {
        return query.startsWith(PAGE_QUERY) && isNumber(query, PAGE_QUERY.length(), 7);
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
        return values.length == 1 && isNumber(values[0], 0, 7) ? values[0] : null;
    }
}
