package org.campusnews.api;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.springframework.http.ProblemDetail;
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
@Tag(name = "Articles")
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleApiController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

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

    @Operation(summary = "Published articles in a language, newest release first",
            description = "The articles visible now in the language, optionally of one section, of one department "
            + "(as publisher or as translator of that language's version), changed since an instant or matching a "
            + "search query. "
            + "Pages follow one another by cursor: pass `next` as `cursor` for the following page; it "
            + "is null on the last one. A page holds the same articles however many are published "
            + "meanwhile (those appear on the first page).")
    @ApiResponse(responseCode = "200", description = "A page of articles")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match", content = @Content)
    @ApiResponse(responseCode = "400", description = "A missing language, an unknown section or department, or a "
            + "parameter out of range, changed, repeated or unknown", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    ArticleList list(
            @Parameter(description = "The language of the versions listed", required = true,
                    schema = @Schema(allowableValues = {"en", "zh"}))
            @RequestParam(name = "lang", required = false) String lang,
            @Parameter(description = "Only this section's articles, by its slug")
            @RequestParam(name = "section", required = false) String section,
            @Parameter(description = "Only the articles this department published or whose version in the language "
                    + "it translated, by its slug")
            @RequestParam(name = "department", required = false) String department,
            @Parameter(description = "Only the articles changed or released at or after this instant (ISO 8601 with "
                    + "an offset, such as 2026-01-31T08:00:00Z), compared with changedAt",
                    schema = @Schema(type = "string", format = "date-time"))
            @RequestParam(name = "since", required = false) String since,
            @Parameter(description = "Only the articles whose version in the language matches this search query, "
                    + "read as the site's search reads it (words, \"phrases\", -excluded words), newest first; "
                    + "at most 200 characters")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "Where the page starts: the next value of the previous page, as it was given")
            @RequestParam(name = "cursor", required = false) String cursor,
            @Parameter(description = "How many articles at most", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "limit", required = false) String limit,
            HttpServletRequest request, HttpServletResponse response) {
        Language language = ApiParameters.language(lang);
        ArticleSelection selection = new ArticleSelection(language, ApiParameters.slug("section", section),
                ApiParameters.slug("department", department), ApiParameters.since(since), ApiParameters.text(q),
                cursor == null ? null : ArticleCursor.read(cursor), ApiParameters.limit(limit));
        PublishedArticlePage page;
        try {
            page = published.page(selection);
        } catch (UnknownFilterException unknown) {
            throw new BadRequestException(unknown.getMessage());
        }
        List<Long> shown = page.articles().stream().map(PublishedArticle::id).toList();
        // As on the search page, searches that find nothing are not kept, so made-up queries fill nothing.
        if (q == null || !shown.isEmpty()) {
            PageCapture.of(request).ifPresent(capture -> capture.listing(shown));
        }
        response.setLocale(language.locale());
        return views.list(page, selection.limit());
    }

    @Operation(summary = "One published article in full, in a language",
            description = "Its sanitised HTML body as its page shows it, its attachments, the other languages it "
            + "can be read in, and the articles before and after it in its section's list. Reading it "
            + "does not count a view.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match", content = @Content)
    @ApiResponse(responseCode = "400", description = "An id that is not a whole number from 1, or a missing or "
            + "unknown language", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No published article has the id, or it has no version in the "
            + "language", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    ArticleDetails details(
            @Parameter(description = "The article's id", schema = @Schema(type = "integer", format = "int64",
                    minimum = "1"))
            @PathVariable("id") String id,
            @Parameter(description = "The language of the version", required = true,
                    schema = @Schema(allowableValues = {"en", "zh"}))
            @RequestParam(name = "lang", required = false) String lang,
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
    @Operation(summary = "Reports that an app showed the article",
            description = "Counts a view of the article, as a visit to its page would, unless the client is a "
            + "crawler (by its User-Agent). One address may report a limited number of views of one "
            + "article a minute.")
    @ApiResponse(responseCode = "202", description = "The browse count, including the view when it was counted")
    @ApiResponse(responseCode = "400", description = "An id that is not a whole number from 1", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No published article has the id", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many views of the article reported from this address; "
            + "Retry-After says when to try again", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/{id}/views")
    ResponseEntity<ViewReport> reportView(
            @Parameter(description = "The article's id", schema = @Schema(type = "integer", format = "int64",
                    minimum = "1"))
            @PathVariable("id") String id,
            @Parameter(hidden = true)
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
