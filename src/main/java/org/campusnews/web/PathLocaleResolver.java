package org.campusnews.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.i18n.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Takes the interface language from the first path segment of public pages ({@code /en/…}, {@code /zh/…}), also while
 * rendering an error page for such a path. Elsewhere (the admin UI, sign-in) it is the language last chosen with
 * {@code ?lang=}, kept in a cookie, else the site's default language.
 */
class PathLocaleResolver implements LocaleResolver {

    static final String COOKIE = "campusnews_lang";
    private static final String CHOSEN = PathLocaleResolver.class.getName() + ".CHOSEN";

    private final Language defaultLanguage;

    PathLocaleResolver(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return pathLanguage(request)
                .or(() -> Optional.ofNullable((Language) request.getAttribute(CHOSEN)))
                .or(() -> cookieLanguage(request))
                .orElse(defaultLanguage).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (pathLanguage(request).isPresent() || locale == null || response == null) {
            return;
        }
        request.setAttribute(CHOSEN, Language.of(locale));
        Cookie cookie = new Cookie(COOKIE, Language.of(locale).code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Optional<Language> pathLanguage(HttpServletRequest request) {
        Object originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = originalUri instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        String[] segments = path.split("/", 3);
        return segments.length > 1 ? Language.fromCode(segments[1]) : Optional.empty();
    }

    private static Optional<Language> cookieLanguage(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
