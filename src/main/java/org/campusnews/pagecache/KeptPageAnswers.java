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

    private KeptPageAnswers() {
    }

    static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
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

    static void write(CachedPage page, String filling, HttpServletRequest request, HttpServletResponse response)
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
