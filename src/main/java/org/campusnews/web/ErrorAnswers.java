package org.campusnews.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the site answers an error: with its own error page, in the visitor's language, or on the JSON endpoints with
 * problem details (RFC 9457, {@code application/problem+json}) whose {@code detail} is the message in the staff
 * member's language. Used for failures in controllers ({@link ErrorPages}), for errors the servlet container reports
 * ({@link ContainerErrors}) and for requests that cannot be read at all ({@link MalformedRequestFilter}).
 */
@Component
public class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    /** A request attribute holding the message (a {@link MessageSourceResolvable}) that says what was wrong. */
    static final String DETAIL = ErrorAnswers.class.getName() + ".DETAIL";

    /** The addresses whose clients are scripts that read JSON (the article editor's uploads and pickers). */
    private static final Set<String> JSON_ENDPOINTS = Set.of("/admin/media/upload", "/admin/media/search",
            "/admin/media/image-list");

    /** How long clients are asked to wait before trying again when the database is out of reach. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final MessageSource messages;
    private final JsonMapper json;
    private final SiteMenu menu;

    ErrorAnswers(MessageSource messages, JsonMapper json, SiteMenu menu) {
        this.messages = messages;
        this.json = json;
        this.menu = menu;
    }

    /** Whether the request (or, while an error is shown, the request that failed) went to a JSON endpoint. */
    public static boolean isJsonEndpoint(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/") || JSON_ENDPOINTS.contains(path);
    }

    /**
     * The database cannot be reached: 503 with {@code Retry-After}, at once (the menu is not read either). A form that
     * was posted comes back with what was sent, to be sent again as it is once the database is back.
     */
    ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ModelAndView answer = answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, null, false);
        if (!isJsonEndpoint(request) && "POST".equals(request.getMethod()) && !isMultipart(request)) {
            answer.addObject("unsent", UnsentForm.of(request));
        }
        return answer;
    }

    /** Whether the request went to the public JSON API, whose refusals say in their detail what was wrong. */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The answer to a failed request: the error page for the status or problem details, with the message if any. */
    ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
            MessageSourceResolvable detail) {
        return answer(request, response, status, detail, true);
    }

    private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
            MessageSourceResolvable detail, boolean withMenu) {
        response.setStatus(status.value());
        Locale locale = LocaleContextHolder.getLocale();
        String detailText = detail == null ? null : messages.getMessage(detail, locale);
        if (isJsonEndpoint(request)) {
            return new ModelAndView(new ProblemView(json, problem(status, detailText, path(request), locale)));
        }
        Language language = Language.of(locale);
        boolean upload = status.value() == 413 && isMultipart(request);
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("language", language);
        page.addObject("menu", withMenu ? menu(language) : List.of());
        page.addObject("errorTitle", title(status, locale));
        page.addObject("errorMessage", detailText != null ? detailText : message(status, locale));
        // An upload too large for the media library leads back there; any other error to the home page.
        page.addObject("backPath", upload ? "/admin/media" : "/" + language.code() + "/");
        page.addObject("backLabel", upload ? "media.backToLibrary" : "error.backHome");
        return page;
    }

    /** The public menu; an error page whose menu cannot be read (the database is down) is shown without it. */
    private List<SiteMenu.Item> menu(Language language) {
        try {
            return menu.items(language);
        } catch (RuntimeException unavailable) {
            log.warn("The menu of an error page could not be read: {}", unavailable.toString());
            return List.of();
        }
    }

    /** Problem details for a refusal a controller of a JSON endpoint makes itself. */
    public ResponseEntity<Map<String, Object>> problem(HttpStatusCode status, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, detail, path(request), LocaleContextHolder.getLocale()));
    }

    private Map<String, Object> problem(HttpStatusCode status, String detail, String instance, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status, locale));
        problem.put("status", status.value());
        problem.put("detail", detail != null ? detail : message(status, locale));
        problem.put("instance", instance);
        return problem;
    }

    private String title(HttpStatusCode status, Locale locale) {
        String own = messages.getMessage("error." + status.value() + ".title", null, null, locale);
        if (own != null) {
            return own;
        }
        return messages.getMessage(status.is5xxServerError() ? "error.500.title" : "error.400.title", null, locale);
    }

    private String message(HttpStatusCode status, Locale locale) {
        String own = messages.getMessage("error." + status.value() + ".message", null, null, locale);
        if (own != null) {
            return own;
        }
        return messages.getMessage(status.is5xxServerError() ? "error.500.message" : "error.400.message", null, locale);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String original ? original : request.getRequestURI();
    }

    /** Writes problem details as they are, whatever the request's Accept header asked for. */
    private record ProblemView(JsonMapper json, Map<String, Object> problem) implements View {

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setStatus((Integer) problem.get("status"));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        }
    }

    static HttpStatusCode statusOf(int code) {
        HttpStatus known = HttpStatus.resolve(code);
        return known != null ? known : HttpStatusCode.valueOf(code);
    }
}
