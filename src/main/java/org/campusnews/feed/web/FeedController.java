package org.campusnews.feed.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.feed.FeedFormat;
import org.campusnews.feed.FeedRequest;
import org.campusnews.feed.FeedScope;
import org.campusnews.feed.FeedService;
import org.campusnews.feed.RenderedFeed;
import org.campusnews.i18n.Language;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The RSS 2.0 and Atom 1.0 feeds of the site, of each section and of each department, in each language. They are
 * kept by the page cache ({@link FeedPathKey}) as listings of the articles they show, and answer If-Modified-Since
 * from the newest change among them.
 */
@Controller
class FeedController {

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/{lang}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> site(@PathVariable Language lang, @PathVariable String format, HttpServletRequest request,
            HttpServletResponse response) {
        return answer(new FeedRequest(lang, FeedScope.SITE, null, format(format)), request, response);
    }

    @GetMapping("/{lang}/sections/{slug}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> section(@PathVariable Language lang, @PathVariable String slug,
            @PathVariable String format, HttpServletRequest request, HttpServletResponse response) {
        return answer(new FeedRequest(lang, FeedScope.SECTION, slug, format(format)), request, response);
    }

    @GetMapping("/{lang}/departments/{slug}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> department(@PathVariable Language lang, @PathVariable String slug,
            @PathVariable String format, HttpServletRequest request, HttpServletResponse response) {
        return answer(new FeedRequest(lang, FeedScope.DEPARTMENT, slug, format(format)), request, response);
    }

    private ResponseEntity<byte[]> answer(FeedRequest asked, HttpServletRequest request,
            HttpServletResponse response) {
        RenderedFeed feed = feeds.feed(asked).orElseThrow(() -> new NotFoundException("No such feed"));
        PageCapture.of(request).ifPresent(capture -> capture.listing(feed.articleIds()));
        if (feed.lastModified() != null) {
            response.setDateHeader("Last-Modified", feed.lastModified().toEpochMilli());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(feed.format().contentType()))
                .body(feed.xml().getBytes(StandardCharsets.UTF_8));
    }

    private static FeedFormat format(String suffix) {
        return "rss".equals(suffix) ? FeedFormat.RSS : FeedFormat.ATOM;
    }
}
