package org.campusnews.pagecache;

import java.io.IOException;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.campusnews.web.Visitors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** How a kept page answers a request: with its replayed headers, a live count, gzip when accepted, or a 304. */
final class KeptPageAnswers {

    private static final ResponseHeader VARY = new ResponseHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    private static final ResponseHeader GZIP = new ResponseHeader(HttpHeaders.CONTENT_ENCODING, "gzip");

    private KeptPageAnswers() {
    }

    static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, AnswerHeaders headers)
            throws IOException {
        response.setContentType(page.contentType());
        for (ResponseHeader header : page.headers()) {
            headers.replay(header);
        }
        String filling = "";
        if (page.count() != null) {
            long current = page.count().current();
            if (matches(request, page, Long.toString(current))) {
                notModified(page, Long.toString(current), request, response, headers);
                return;
            }
            boolean counts = "GET".equals(request.getMethod()) && !Visitors.isCrawler(request.getHeader(HttpHeaders.USER_AGENT));
            filling = Long.toString(counts ? page.count().countView() : current);
        } else if (isFresh(request, page)) {
            notModified(page, "", request, response, headers);
            return;
        }
        write(page, filling, request, response, headers);
    }

    /**
     * Answers the request that rendered the page: a page without a count revalidated by a client that holds it
     * gets a 304, as it would once kept.
     */
    static void answerRendered(CachedPage page, String filling, HttpServletRequest request,
            HttpServletResponse response, AnswerHeaders headers) throws IOException {
        if (page.count() == null && isFresh(request, page)) {
            notModified(page, "", request, response, headers);
            return;
        }
        write(page, filling, request, response, headers);
    }

    static void write(CachedPage page, String filling, HttpServletRequest request, HttpServletResponse response,
            AnswerHeaders headers) throws IOException {
        boolean gzip = page.compressible() && acceptsGzip(request);
        byte[] zipped = gzip ? page.body().gzip(filling) : null;
        response.setStatus(HttpServletResponse.SC_OK);
        headers.put(page.cacheControl());
        headers.put(new ResponseHeader(HttpHeaders.ETAG, page.etag(filling, gzip)));
        headers.put(VARY);
        if (gzip) {
            headers.put(GZIP);
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
            HttpServletResponse response, AnswerHeaders headers) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        headers.put(page.cacheControl());
        headers.put(new ResponseHeader(HttpHeaders.ETAG, page.etag(filling, page.compressible() && acceptsGzip(request))));
        headers.put(VARY);
    }

    /**
     * Whether the client's copy of a page without a count is current: by its entity tag or, when it sends none, by
     * the page's Last-Modified date (RFC 9110, 13.2.2).
     */
    private static boolean isFresh(HttpServletRequest request, CachedPage page) {
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            return matches(request, page, "");
        }
        if (page.lastModified() < 0) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
        return since >= 0 && page.lastModified() / 1000 <= since / 1000;
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

    /** The name of the cookie that carries a session (Spring Session's, whose sessions are in the database). */
    static final String SESSION_COOKIE = "SESSION";

    /**
     * Whether the request carries a session or a remember-me cookie: it may be a signed-in staff member's, which only
     * the session, read from the database behind the session filter, can tell ({@link #mayBeStaff}).
     */
    static boolean carriesStaffCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())
                        || AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A signed-in session, or a remember-me cookie that would sign its holder in. */
    static boolean mayBeStaff(HttpServletRequest request) {
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
