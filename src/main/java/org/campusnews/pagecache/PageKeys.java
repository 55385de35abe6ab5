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
    private static final int LANGUAGE_PREFIX = "/en/".length();

    private PageKeys() {
    }

    /** Null for anything that is not a visitor's page, or whose page number the page itself must refuse. */
    static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!hasLanguagePrefix(path)) {
            return null;
        }
        String scheme = request.isSecure() ? "s:" : ":";
        if (path.length() == LANGUAGE_PREFIX) {
            return scheme + path;
        }
        if (path.startsWith(ARTICLES, LANGUAGE_PREFIX)) {
            return isArticleId(path, LANGUAGE_PREFIX + ARTICLES.length()) ? scheme + path : null;
        }
        if (path.startsWith(SECTIONS, LANGUAGE_PREFIX) && isSlug(path, LANGUAGE_PREFIX + SECTIONS.length())) {
            String page = pageNumber(request);
            return page == null ? null : scheme + path + "?page=" + page;
        }
        return null;
    }

    /** {@code /en/} or {@code /zh/}. */
    private static boolean hasLanguagePrefix(String path) {
        return path.length() >= LANGUAGE_PREFIX && path.charAt(0) == '/' && path.charAt(3) == '/'
                && (path.startsWith("en", 1) || path.startsWith("zh", 1));
    }

    /** 1 to 18 digits, not starting with 0, up to the end of the path. */
    private static boolean isArticleId(String path, int from) {
        return isNumber(path, from, 18);
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
