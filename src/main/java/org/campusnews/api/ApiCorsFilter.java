package org.campusnews.api;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Lets scripts on the configured origins ({@code campusnews.api.cors-origins}) read the API's answers; none by
 * default. The headers depend on the request's {@code Origin}, so they are added here, around the page cache, whose
 * kept answers are shared by all origins; every answer says {@code Vary: Origin} so that shared caches keep them
 * apart too. A preflight request from an allowed origin is answered here; one from any other origin is refused.
 */
class ApiCorsFilter extends HttpFilter {

    private static final String ALLOWED_METHODS = "GET, HEAD, POST";
    private static final String ALLOWED_HEADERS = "Content-Type, If-None-Match, If-Modified-Since";
    private static final String EXPOSED_HEADERS = "ETag, Retry-After";
    private static final String PREFLIGHT_MAX_AGE = "3600";

    private final Set<String> origins;

    ApiCorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (origins.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && (origins.contains(origin) || origins.contains("*"));
        HttpServletResponse answer = new VaryOnOrigin(response);
        answer.setHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (allowed) {
            answer.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            answer.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        if ("OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            if (!allowed) {
                answer.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            answer.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            answer.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            answer.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE);
            answer.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, answer);
    }

    /**
     * Keeps {@code Origin} in the {@code Vary} header when a later filter sets it (the page cache does), and hides
     * this request's CORS headers from the page cache, which would otherwise keep them with the answer and replay them
     * to every later origin.
     */
    private static final class VaryOnOrigin extends HttpServletResponseWrapper {

        VaryOnOrigin(HttpServletResponse response) {
            super(response);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return super.getHeaderNames().stream()
                    .filter(name -> !name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
                    .toList();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isVary(name) ? withOrigin(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isVary(name)) {
                super.setHeader(name, withOrigin(getHeader(name) == null ? value : getHeader(name) + ", " + value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isVary(String name) {
            return HttpHeaders.VARY.equalsIgnoreCase(name);
        }

        private static String withOrigin(String value) {
            if (value == null || value.isBlank()) {
                return HttpHeaders.ORIGIN;
            }
            for (String part : value.split(",")) {
                if (part.strip().equalsIgnoreCase(HttpHeaders.ORIGIN)) {
                    return value;
                }
            }
            return value + ", " + HttpHeaders.ORIGIN;
        }
    }
}
