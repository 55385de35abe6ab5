package org.campusnews.feed;

import org.campusnews.i18n.Language;

/** The addresses of the pages feeds follow, and of the feeds themselves (the page's path, then {@code feed.rss}). */
public final class FeedPaths {

    private FeedPaths() {
    }

    public static String site(Language language) {
        return "/" + language.code() + "/";
    }

    public static String section(Language language, String slug) {
        return "/" + language.code() + "/sections/" + slug;
    }

    public static String department(Language language, String slug) {
        return "/" + language.code() + "/departments/" + slug;
    }

    /** The feed of a page, by the page's path. */
    public static String feedOf(String pagePath, FeedFormat format) {
        return pagePath + (pagePath.endsWith("/") ? "" : "/") + format.fileName();
    }
}
