package org.campusnews.ratelimit;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.config.CampusNewsProperties;

/** The kinds of request that cost the database most, each limited per client address. */
enum LimitedRequest {
    SIGN_IN,
    SEARCH,
    UPLOAD,
    VIEW_REPORT;

    private static final Pattern PUBLIC_SEARCH = Pattern.compile("/(en|zh)/search");
    private static final Pattern VIEW_REPORT_PATH = Pattern.compile("/api/v1/articles/[^/]+/views");

    static Optional<LimitedRequest> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if ("POST".equals(method)) {
            if (path.equals("/login")) {
                return Optional.of(SIGN_IN);
            }
            if (path.equals("/admin/media/upload")) {
                return Optional.of(UPLOAD);
            }
            if (VIEW_REPORT_PATH.matcher(path).matches()) {
                return Optional.of(VIEW_REPORT);
            }
        } else if ("GET".equals(method) || "HEAD".equals(method)) {
            boolean searchPath = PUBLIC_SEARCH.matcher(path).matches() || path.equals("/admin/articles")
                    || path.equals("/api/v1/articles");
            // Only the query string is read: a GET's body is never parsed for parameters here.
            if (searchPath && hasSearchTerms(request.getQueryString())) {
                return Optional.of(SEARCH);
            }
        }
        return Optional.empty();
    }

    private static boolean hasSearchTerms(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("q=") && parameter.length() > 2) {
                return true;
            }
        }
        return false;
    }

    int perMinute(CampusNewsProperties.RateLimits limits) {
        switch (this) {
            case SIGN_IN:
                return limits.signIns();
            case SEARCH:
                return limits.searches();
            case UPLOAD:
                return limits.uploads();
            default:
                return limits.viewReports();
        }
    }
}
