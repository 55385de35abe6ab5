package org.campusnews.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A visitor's browser over real HTTP: keeps cookies, does not follow redirects, reads CSRF tokens from forms. */
public class WebSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Document page(String path) {
        return Jsoup.parse(get(path).body(), base + path);
    }

    /** Posts a form with the CSRF token read from the page at {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        page(formPage).select("input[name=_csrf]").stream().findFirst()
                .ifPresent(token -> withToken.put("_csrf", token.val()));
        return post(action, withToken);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** Sets a cookie as if a browser had kept it from an earlier visit. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest asBrowser = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").build();
        try {
            return http.send(asBrowser, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
