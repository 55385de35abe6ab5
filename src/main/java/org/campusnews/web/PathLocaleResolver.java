package org.campusnews.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.i18n.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Takes the interface language from the first path segment ({@code /en/…}, {@code /zh/…}), also while rendering an
 * error page for such a path, and falls back to the site's default language elsewhere.
 */
class PathLocaleResolver implements LocaleResolver {

    private final Language defaultLanguage;

    PathLocaleResolver(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the URL");
    }

    private Language languageOf(HttpServletRequest request) {
        Object originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = originalUri instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        String[] segments = path.split("/", 3);
        return segments.length > 1 ? Language.fromCode(segments[1]).orElse(defaultLanguage) : defaultLanguage;
    }
}
