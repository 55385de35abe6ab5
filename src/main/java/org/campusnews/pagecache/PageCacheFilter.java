package org.campusnews.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.campusnews.web.Visitors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
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

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean get = "GET".equals(request.getMethod());
        if (!get && !"HEAD".equals(request.getMethod()) || mayBeStaff(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageKeys.of(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage kept = cache.find(key);
        if (kept != null) {
            serve(kept, request, response);
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
            chain.doFilter(request, rendering);
        } finally {
            request.removeAttribute(PageCapture.ATTRIBUTE);
        }
        PageFacts facts = capture.facts();
        if (facts == null) {
            rendering.copyBodyToResponse();
            return;
        }
        byte[] rendered = rendering.getContentAsByteArray();
        PageBody body = facts.count() == null ? PageBody.whole(rendered) : PageBody.withSlot(rendered, PageCapture.COUNT_SLOT);
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
        if (response.getHeader(HttpHeaders.SET_COOKIE) == null && !mayBeStaff(request)) {
            cache.keep(key, page, generation);
        }
        write(page, filling, request, response);
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(page.contentType());
        for (CachedPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        String filling = "";
        if (page.count() != null) {
            long current = page.count().current();
            if (matches(request, page, Long.toString(current))) {
                notModified(page, Long.toString(current), request, response);
                return;
            }
            boolean counts = "GET".equals(request.getMethod()) && !Visitors.isCrawler(request.getHeader(HttpHeaders.USER_AGENT));
            filling = Long.toString(counts ? page.count().countView() : current);
        } else if (matches(request, page, "")) {
            notModified(page, "", request, response);
            return;
        }
        write(page, filling, request, response);
    }

    private static void write(CachedPage page, String filling, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = acceptsGzip(request);
        byte[] zipped = gzip ? page.body().gzip(filling) : null;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        response.setHeader(HttpHeaders.ETAG, page.etag(filling, gzip));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(gzip ? zipped.length : page.body().plainLength(filling));
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        if (gzip) {
            response.getOutputStream().write(zipped);
        } else {
            page.body().writePlain(filling, response.getOutputStream());
        }
    }

    private static void notModified(CachedPage page, String filling, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        response.setHeader(HttpHeaders.ETAG, page.etag(filling, acceptsGzip(request)));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** If-None-Match compares weakly: either encoding of the same bytes is still fresh. */
    private static boolean matches(HttpServletRequest request, CachedPage page, String filling) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        String plain = page.etag(filling, false);
        String gzip = page.etag(filling, true);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(plain) || tag.equals(gzip) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static List<CachedPage.Header> replayedHeaders(HttpServletResponse response) {
        List<CachedPage.Header> headers = new ArrayList<>();
        // Written by the container from the response's locale, which a kept page replays as a plain header.
        headers.add(new CachedPage.Header(HttpHeaders.CONTENT_LANGUAGE, response.getLocale().toLanguageTag()));
        for (String name : response.getHeaderNames()) {
            if (NOT_REPLAYED.contains(name.toLowerCase())) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new CachedPage.Header(name, value));
            }
        }
        return headers;
    }

    /** A signed-in session, or a remember-me cookie that would sign its holder in. */
    private static boolean mayBeStaff(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
