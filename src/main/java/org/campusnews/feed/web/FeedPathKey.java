package org.campusnews.feed.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.springframework.stereotype.Component;

/**
 * The page cache's key of a feed: its path, which is the only spelling of it. A feed takes no parameters, so a
 * request with a query is answered without being kept.
 */
@Component
class FeedPathKey implements PagePathKey {

    private static final Pattern FEED = Pattern.compile(
            "/(en|zh)/((sections|departments)/[a-z0-9][a-z0-9-]{0,79}/)?feed\\.(rss|atom)");

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!FEED.matcher(path).matches()) {
            return null;
        }
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? path : null;
    }
}
