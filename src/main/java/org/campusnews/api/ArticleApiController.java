package org.campusnews.api;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleSelection;
import org.campusnews.article.ArticleService;
import org.campusnews.article.PublishedArticle;
import org.campusnews.article.PublishedArticlePage;
import org.campusnews.article.PublishedArticles;
import org.campusnews.article.UnknownFilterException;
import org.campusnews.i18n.Language;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.Visitors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The published articles for programs: lists paged by cursor, one article in full, and views that apps report. */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleApiController {

    private final PublishedArticles published;
    private final ArticleService articles;
    private final ApiViews views;
    private final ViewReportLimiter limiter;

    ArticleApiController(PublishedArticles published, ArticleService articles, ApiViews views,
            ViewReportLimiter limiter) {
        this.published = published;
        this.articles = articles;
        this.views = views;
        this.limiter = limiter;
    }

    @GetMapping
    ArticleList list(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "section", required = false) String section,
            @RequestParam(name = "department", required = false) String department,
            @RequestParam(name = "since", required = false) String since,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "limit", required = false) String limit,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiParameters.language(lang);
        ArticleSelection selection = new ArticleSelection(language, ApiParameters.slug("section", section),
                ApiParameters.slug("department", department), ApiParameters.since(since),
                cursor == null ? null : ArticleCursor.read(cursor), ApiParameters.limit(limit));
        PublishedArticlePage page;
        try {
            page = published.page(selection);
        } catch (UnknownFilterException unknown) {
            throw new BadRequestException(unknown.getMessage());
        }
        List<Long> shown = page.articles().stream().map(PublishedArticle::id).toList();
        PageCapture.of(request).ifPresent(capture -> capture.listing(shown));
        response.setLocale(language.locale());
        return views.list(page, selection.limit());
    }

    @GetMapping("/{id}")
    ArticleDetails details(@PathVariable("id") String id, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, HttpServletResponse response) {
        long articleId = ApiParameters.id(id);
        Language language = ApiParameters.language(lang);
        ArticleReading reading = articles.read(articleId, language, false)
                .orElseThrow(() -> new NotFoundException("No published article has the id " + articleId));
        if (!(reading instanceof ArticleReading.Shown shown)) {
            throw new NotFoundException("Article " + articleId + " has no version in '" + language.code()
                    + "'; it can be read in '" + language.other().code() + "'");
        }
        List<Long> linked = new ArrayList<>();
        shown.neighbours().previous().ifPresent(link -> linked.add(link.id()));
        shown.neighbours().next().ifPresent(link -> linked.add(link.id()));
        linked.add(articleId);
        PageCapture.of(request).ifPresent(capture -> capture.listing(linked));
        response.setLocale(language.locale());
        return views.details(shown, language);
    }

    /**
     * An app showed the article outside the site's pages: the view is counted as a page view would be, unless the
     * client is a crawler, and at most a few times a minute for one client address and article.
     */
    @PostMapping("/{id}/views")
    ResponseEntity<ViewReport> reportView(@PathVariable("id") String id,
            @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String userAgent,
            HttpServletRequest request, HttpServletResponse response) {
        long articleId = ApiParameters.id(id);
        boolean counts = !Visitors.isCrawler(userAgent);
        if (counts && !limiter.allows(request.getRemoteAddr(), articleId)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ViewReportLimiter.WINDOW.toSeconds()));
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "At most " + limiter.perMinute()
                    + " views of one article are counted per minute from one address; try again later");
        }
        OptionalLong count = articles.reportView(articleId, counts);
        if (count.isEmpty()) {
            throw new NotFoundException("No published article has the id " + articleId);
        }
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore())
                .body(new ViewReport(articleId, count.getAsLong(), counts));
    }
}
