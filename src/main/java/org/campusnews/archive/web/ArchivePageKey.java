package org.campusnews.archive.web;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.springframework.stereotype.Component;

/**
 * The page cache's key of the archive's pages: {@code /{lang}/archive}, and a month's page with its page number
 * ({@code ?page=N}, 1 when absent). Addresses the page refuses, and repeated page numbers, are not keyed.
 */
@Component
class ArchivePageKey implements PagePathKey {

    private static final String ARCHIVE = "/archive";

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!(path.startsWith("/en/") || path.startsWith("/zh/")) || !path.startsWith(ARCHIVE, 3)) {
            return null;
        }
        String rest = path.substring(3 + ARCHIVE.length());
        if (rest.isEmpty()) {
            return path;
        }
        if (!isMonth(rest)) {
            return null;
        }
        String page = PagePathKey.single(request, "page");
        if (page == null || !page.isEmpty() && !PagePathKey.isPageNumber(page)) {
            return null;
        }
        return path + "?page=" + (page.isEmpty() ? "1" : page);
    }

    /** {@code /yyyy/mm} naming a month. */
    private static boolean isMonth(String rest) {
        if (rest.length() != "/yyyy/mm".length() || rest.charAt(0) != '/' || rest.charAt(5) != '/') {
            return false;
        }
        try {
            return ArchiveAddress.month(rest.substring(1, 5), rest.substring(6)).isPresent();
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
