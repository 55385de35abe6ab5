package org.campusnews.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.campusnews.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for the few errors that Tomcat answers itself, before the application sees the request: an address whose
 * path holds an encoded NUL byte or bytes that are not UTF-8. Instead of Tomcat's own page it is a page in the
 * site's look (its stylesheet, header and footer, without the section menu, which would need the database), in the
 * language of the address's first segment. On the JSON API ({@code /api/…}) it is problem details, as everywhere else
 * there.
 */
class SiteErrorReportValve extends ErrorReportValve {

    private final MessageSource messages;
    private final Language defaultLanguage;

    SiteErrorReportValve(MessageSource messages, Language defaultLanguage) {
        this.messages = messages;
        this.defaultLanguage = defaultLanguage;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Language language = languageOf(request.getRequestURI());
        boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String page = api ? problem(status, request.getRequestURI()) : page(status, language, request.getContextPath());
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already on its way: nothing more can be said.
        }
    }

    private Language languageOf(String uri) {
        if (uri == null) {
            return defaultLanguage;
        }
        String[] segments = uri.split("/", 3);
        return segments.length > 1 ? Language.fromCode(segments[1]).orElse(defaultLanguage) : defaultLanguage;
    }

    private String page(int status, Language language, String contextPath) {
        Locale locale = language.locale();
        String kind = status == 404 || status == 403 || status == 413 ? String.valueOf(status) : status >= 500 ? "500" : "400";
        String title = text("error." + kind + ".title", locale);
        String home = HtmlUtils.htmlEscape(contextPath + "/" + language.code() + "/");
        return "<!DOCTYPE html>\n<html lang=\"" + language.htmlLang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " - " + text("site.name", locale) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + HtmlUtils.htmlEscape(contextPath) + "/css/site.css\">\n</head>\n<body>\n"
                + "<header class=\"site-header\">\n<div class=\"container site-header__bar\">\n"
                + "<a class=\"site-brand\" href=\"" + home + "\"><span class=\"site-brand__name\">" + text("site.name", locale)
                + "</span><span class=\"site-brand__tagline\">" + text("site.tagline", locale) + "</span></a>\n</div>\n</header>\n"
                + "<main class=\"container site-main\">\n<div class=\"notice notice--error\">\n<h1>" + title + "</h1>\n"
                + "<p>" + text("error." + kind + ".message", locale) + "</p>\n"
                + "<p><a href=\"" + home + "\">" + text("error.backHome", locale) + "</a></p>\n</div>\n</main>\n"
                + "<footer class=\"site-footer\">\n<div class=\"container\">" + text("footer.copyright", locale) + "</div>\n</footer>\n"
                + "</body>\n</html>\n";
    }

    private String problem(int status, String uri) {
        Locale locale = defaultLanguage.locale();
        String kind = status == 404 || status == 403 || status == 413 ? String.valueOf(status) : status >= 500 ? "500" : "400";
        return "{\"type\":\"about:blank\",\"title\":" + json(messages.getMessage("error." + kind + ".title", null, kind, locale))
                + ",\"status\":" + status
                + ",\"detail\":" + json(messages.getMessage("error." + kind + ".message", null, kind, locale))
                + ",\"instance\":" + json(uri) + "}";
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static String json(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }
}
