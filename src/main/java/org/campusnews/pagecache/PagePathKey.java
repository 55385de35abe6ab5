package org.campusnews.pagecache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The key of a visitor's page at an address that a feature adds beside the home, section and article pages (feeds,
 * sitemaps, archives, department pages). It is made only from the path and the page numbers the page accepts, in a
 * normal form, so that spellings of the same request share one entry and made-up parameters make none. These pages
 * are kept with the others, within the cache's memory limit; an answer other than 200 is never kept.
 */
public interface PagePathKey {

    /** Null when the request is not for such a page, or is not one that may be kept. */
    String of(String path, HttpServletRequest request);

    /** A parameter's only value: "" when it is absent, null when it is repeated or the query cannot be read. */
    static String single(HttpServletRequest request, String name) {
        String[] values;
        try {
            values = request.getParameterValues(name);
        } catch (RuntimeException malformedQuery) {
            return null;
        }
        if (values == null) {
            return "";
        }
        return values.length == 1 ? values[0] : null;
    }

    /** Whether the text is a page number the site accepts: 1 to 7 digits, not starting with 0. */
    static boolean isPageNumber(String text) {
        int length = text.length();
        if (length < 1 || length > 7 || text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
