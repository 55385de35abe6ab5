package org.campusnews.pagecache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.config.ReplicaReads;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous visitors' pages from memory, ahead of the security chain and of Spring MVC, with the headers the
 * page was first answered with (the security headers among them). A page not in memory goes through the whole
 * application; if its controller describes it ({@link PageCapture}), the answer is kept. Staff who are signed in (or
 * may be signed in by a remember-me cookie) always get a freshly rendered page, and their pages are never kept.
 * Registered for requests only (not error or async dispatches).
 */
class PageCacheFilter extends HttpFilter {

    /** Headers that belong to one response only, or that this filter writes itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
            "content-encoding", "etag", "vary", "connection", "keep-alive", "cache-control", "content-type",
            "content-language");

    private final PageCache cache;
    private final List<PagePathKey> pathKeys;
    private final List<QueryPageKey> queryPageKeys;
    private final Duration primaryAfterChange;

    PageCacheFilter(PageCache cache, List<PagePathKey> pathKeys, List<QueryPageKey> queryPageKeys,
            Duration primaryAfterChange) {
        this.cache = cache;
        this.pathKeys = List.copyOf(pathKeys);
        this.queryPageKeys = List.copyOf(queryPageKeys);
        this.primaryAfterChange = primaryAfterChange;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean get = "GET".equals(request.getMethod());
        if (!get && !"HEAD".equals(request.getMethod()) || KeptPageAnswers.mayBeStaff(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageKeys.of(request);
        if (key == null) {
            key = featurePageKey(request);
        }
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage kept = cache.find(key);
        if (kept != null) {
            KeptPageAnswers.serve(kept, request, response, AnswerHeaders.of(response));
            return;
        }
        if (!get) {
            chain.doFilter(request, response);
            return;
        }
        renderAndKeep(key, request, response, chain);
    }

    private void renderAndKeep(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long generation = cache.generation();
        PageCapture capture = new PageCapture(response);
        request.setAttribute(PageCapture.ATTRIBUTE, capture);
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            if (cache.unchangedFor(primaryAfterChange)) {
                // A replica, if there is one, has had the time to receive the last change.
                ReplicaReads.allowedDuring(() -> chain.doFilter(request, rendering));
            } else {
                chain.doFilter(request, rendering);
            }
        } finally {
            request.removeAttribute(PageCapture.ATTRIBUTE);
        }
        PageFacts facts = capture.facts();
        if (facts == null) {
            rendering.copyBodyToResponse();
            return;
        }
        byte[] rendered = rendering.getContentAsByteArray();
        PageBody body;
        if (facts.count() != null) {
            body = PageBody.withSlot(rendered, PageCapture.COUNT_SLOT);
        } else {
            body = facts.kind().compressible() ? PageBody.whole(rendered) : PageBody.uncompressed(rendered);
        }
        if (body == null) {
            throw new IllegalStateException("The page " + key + " does not show its browse count exactly once");
        }
        String filling = facts.count() == null ? "" : Long.toString(facts.renderedCount());
        if (rendering.getStatus() != HttpServletResponse.SC_OK) {
            byte[] bytes = body.plain(filling);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        CachedPage page = new CachedPage(facts, body, rendering.getContentType(), replayedHeaders(response), rendered);
        if (response.getHeader(HttpHeaders.SET_COOKIE) == null && !KeptPageAnswers.mayBeStaff(request)) {
            cache.keep(key, page, generation);
        }
        KeptPageAnswers.answerRendered(page, filling, request, response, AnswerHeaders.of(response));
    }

    private String featurePageKey(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (PagePathKey keys : pathKeys) {
            String key = keys.of(path, request);
            if (key != null) {
                return (request.isSecure() ? "s:" : ":") + key;
            }
        }
        for (QueryPageKey keys : queryPageKeys) {
            String key = keys.of(path, request);
            if (key != null) {
                return QueryPageKey.PREFIX + (request.isSecure() ? "s:" : ":") + key;
            }
        }
        return null;
    }

    private static List<ResponseHeader> replayedHeaders(HttpServletResponse response) {
        List<ResponseHeader> headers = new ArrayList<>();
        // Written by the container from the response's locale, which a kept page replays as a plain header.
        headers.add(new ResponseHeader(HttpHeaders.CONTENT_LANGUAGE, response.getLocale().toLanguageTag()));
        for (String name : response.getHeaderNames()) {
            if (NOT_REPLAYED.contains(name.toLowerCase())) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new ResponseHeader(name, value));
            }
        }
        return headers;
    }
}
