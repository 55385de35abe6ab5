package org.campusnews.sitemap.web;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.pagecache.PagePathKey;
import org.campusnews.sitemap.SitemapService;
import org.springframework.stereotype.Component;

/**
 * The sitemap index and the pages' sitemap are kept by the page cache (a few kilobytes each, dropped on any change
 * of a public article). The articles' sitemaps have no key on purpose: kept pages are held whole in memory, and one
 * of them is up to 50,000 addresses (about 15 MB); they are streamed instead. The news sitemap has none either: it
 * changes when an article turns two days old, which nothing tells the cache.
 */
@Component
class SitemapPageKey implements PagePathKey {

    @Override
    public String of(String path, HttpServletRequest request) {
        if (!path.equals(SitemapService.INDEX_PATH) && !path.equals(SitemapService.PAGES_PATH)) {
            return null;
        }
        return request.getQueryString() == null ? path : null;
    }
}
