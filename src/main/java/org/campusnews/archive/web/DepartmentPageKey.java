package org.campusnews.archive.web;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.springframework.stereotype.Component;

/**
 * The page cache's key of the departments' pages: {@code /{lang}/departments}, and a department's page with the
 * pages of its two lists ({@code ?published=N&translated=M}, 1 when absent). Slugs of a form no department can have,
 * invalid or repeated page numbers are not keyed.
 */
@Component
class DepartmentPageKey implements PagePathKey {

    private static final String DEPARTMENTS = "/departments";

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!(path.startsWith("/en/") || path.startsWith("/zh/")) || !path.startsWith(DEPARTMENTS, 3)) {
            return null;
        }
        String rest = path.substring(3 + DEPARTMENTS.length());
        if (rest.isEmpty()) {
            return path;
        }
        if (!rest.matches("/[a-z0-9][a-z0-9-]{0,79}")) {
            return null;
        }
        String published = page(request, "published");
        String translated = page(request, "translated");
        if (published == null || translated == null) {
            return null;
        }
        return path + "?published=" + published + "&translated=" + translated;
    }

    /** The page number asked for, 1 when absent, null when invalid or repeated. */
    private static String page(HttpServletRequest request, String name) {
        String page = PagePathKey.single(request, name);
        if (page == null || !page.isEmpty() && !PagePathKey.isPageNumber(page)) {
            return null;
        }
        return page.isEmpty() ? "1" : page;
    }
}
