package org.campusnews.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against the embedded PostgreSQL, with the demo content loaded. Every
 * integration test extends this class with no further configuration, so they all share one Spring context (and one
 * database); each test creates its own sections and articles through {@link TestContent}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "campusnews.embedded-database.data-directory=",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"
})
@Import(TestContent.class)
public abstract class IntegrationTest {

    protected static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestContent content;

    protected HttpResponse<String> get(String path) {
        return get(path, BROWSER);
    }

    protected HttpResponse<String> get(String path, String userAgent) {
        return send(HttpRequest.newBuilder(uri(path)).header("User-Agent", userAgent).GET().build());
    }

    protected HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("User-Agent", BROWSER)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    /** Fetches a page and parses it, whatever its status. */
    protected Document page(String path) {
        return Jsoup.parse(get(path).body(), uri(path).toString());
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected static HttpClient http() {
        return HTTP;
    }
}
