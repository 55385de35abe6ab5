package org.campusnews.sitemap.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.pagecache.PageCapture;
import org.campusnews.sitemap.ArticleRange;
import org.campusnews.sitemap.SitemapService;
import org.campusnews.sitemap.StreamedSitemap;
import org.campusnews.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The sitemaps and robots.txt. The index and the pages' sitemap are kept by the page cache ({@link SitemapPageKey});
 * the articles' and the news sitemaps answer 304 by their own validators and are never kept.
 */
@Controller
class SitemapController {

    static final String XML = "application/xml;charset=UTF-8";
    private static final String REVALIDATE = "public, max-age=0, must-revalidate";

    private final SitemapService sitemaps;

    SitemapController(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping(SitemapService.INDEX_PATH)
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        response.setContentType(XML);
        sitemaps.writeIndex(response.getOutputStream());
    }

    @GetMapping(SitemapService.PAGES_PATH)
    void pages(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        response.setContentType(XML);
        sitemaps.writePages(response.getOutputStream());
    }

    @GetMapping("/sitemap-articles-{number}.xml")
    void articles(@PathVariable String number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        StreamedSitemap sitemap = ArticleRange.parse(number).flatMap(sitemaps::articles)
                .orElseThrow(() -> new NotFoundException("No articles' sitemap " + number));
        send(sitemap, request, response);
    }

    @GetMapping(SitemapService.NEWS_PATH)
    void news(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(sitemaps.news(), request, response);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(sitemaps.robots());
    }

    private static void send(StreamedSitemap sitemap, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        if (new ServletWebRequest(request, response).checkNotModified(sitemap.etag(), sitemap.lastModified())) {
            return;
        }
        response.setContentType(XML);
        if (!"HEAD".equals(request.getMethod())) {
            sitemap.writeTo(response.getOutputStream());
        }
    }
}
