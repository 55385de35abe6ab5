package org.campusnews.pagecache;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Offered to a public page's controller when the page may be kept in memory (an anonymous visitor's GET): the
 * controller says what the page shows, so that the cache knows which changes invalidate it. A page whose controller
 * says nothing is never kept.
 */
public final class PageCapture {

    static final String ATTRIBUTE = PageCapture.class.getName();

    /** Stands for the browse count in a kept page; the live count replaces it each time the page is served. */
    public static final String COUNT_SLOT = "\u0000browse-count\u0000";

    /** Lists may be kept by browsers and shared caches, as long as they ask again each time. */
    static final String LIST_CACHE_CONTROL = "public, max-age=0, must-revalidate";

    /**
     * Article pages count every view, so no shared cache may answer them for us; a browser may keep its copy and
     * revalidate it, which is answered with 304 (and not counted) only while the count is still the one it shows.
     */
    static final String ARTICLE_CACHE_CONTROL = "private, no-cache";

    /**
     * An image made from an article's address never changes for that address, so browsers and shared caches may keep
     * it for a month; not for ever, since it goes when the article stops being public.
     */
    public static final String ARTICLE_IMAGE_CACHE_CONTROL = "public, max-age=2592000";

    private final HttpServletResponse response;
    private PageFacts facts;

    PageCapture(HttpServletResponse response) {
        this.response = response;
    }

    /** Present when the page being rendered may be kept. */
    public static Optional<PageCapture> of(HttpServletRequest request) {
        return Optional.ofNullable((PageCapture) request.getAttribute(ATTRIBUTE));
    }

    public void home(Collection<Long> listedArticles) {
        describe(new PageFacts(PageKind.HOME, 0, 0, listedArticles, null, 0), LIST_CACHE_CONTROL);
    }

    public void section(long sectionId, Collection<Long> listedArticles) {
        describe(new PageFacts(PageKind.SECTION, sectionId, sectionId, listedArticles, null, 0), LIST_CACHE_CONTROL);
    }

    /** A page of search results that found something: the articles listed. */
    public void search(Collection<Long> listedArticles) {
        describe(new PageFacts(PageKind.SEARCH, 0, 0, listedArticles, null, 0), LIST_CACHE_CONTROL);
    }

    /**
     * A page listing articles across sections, or describing them for machines (a feed, a sitemap, an archive, a
     * department's page), with the articles it shows.
     */
    public void listing(Collection<Long> shownArticles) {
        describe(new PageFacts(PageKind.LISTING, 0, 0, shownArticles, null, 0), LIST_CACHE_CONTROL);
    }

    /**
     * An article page rendered with {@link #COUNT_SLOT} in place of its browse count.
     *
     * @param linkedArticles the articles whose titles it shows (Previous/Next)
     * @param renderedCount the count to show in this response
     */
    public void article(long articleId, long sectionId, Collection<Long> linkedArticles, LiveCount count,
            long renderedCount) {
        describe(new PageFacts(PageKind.ARTICLE, articleId, sectionId, linkedArticles, count, renderedCount),
                ARTICLE_CACHE_CONTROL);
    }

    /** An image made from the address of an article page that is public now, such as its QR code. */
    public void articleImage(long articleId, long sectionId) {
        describe(new PageFacts(PageKind.ARTICLE_IMAGE, articleId, sectionId, List.of(articleId), null, 0),
                ARTICLE_IMAGE_CACHE_CONTROL);
    }

    private void describe(PageFacts described, String cacheControl) {
        this.facts = described;
        // Set before the response is committed, so that the security headers leave it as it is.
        response.setHeader("Cache-Control", cacheControl);
    }

    PageFacts facts() {
        return facts;
    }
}
