package org.campusnews.article.web;

import org.campusnews.i18n.Language;

/** The public addresses of the pages this package serves. */
final class ArticlePaths {

    private ArticlePaths() {
    }

    static String home(Language language) {
        return "/" + language.code() + "/";
    }

    static String article(Language language, long id) {
        return "/" + language.code() + "/articles/" + id;
    }

    static String section(Language language, String slug) {
        return "/" + language.code() + "/sections/" + slug;
    }

    static String department(Language language, String slug) {
        return "/" + language.code() + "/departments/" + slug;
    }

    /** Page 1 is the section's own address; later pages add their number. */
    static String sectionPage(Language language, String slug, int page) {
        return page == 1 ? section(language, slug) : section(language, slug) + "?page=" + page;
    }
}
