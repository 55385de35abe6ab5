package org.campusnews.web;

import java.util.regex.Pattern;

/** Tells people from crawlers, whose visits are not counted as views. */
public final class Visitors {

    private static final Pattern CRAWLER = Pattern.compile("bot|spider|crawler", Pattern.CASE_INSENSITIVE);

    private Visitors() {
    }

    public static boolean isCrawler(String userAgent) {
        return userAgent != null && CRAWLER.matcher(userAgent).find();
    }
}
