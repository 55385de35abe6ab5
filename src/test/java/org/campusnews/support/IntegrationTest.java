package org.campusnews.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole application on a random port against the embedded PostgreSQL, with the demo content loaded. Every
 * integration test extends this class with no further configuration, so they all share one Spring context (and one
 * database); each test creates its own sections, articles and staff through {@link TestContent}.
 * Visitors' pages are fetched over real HTTP; staff pages go through {@link #mvc} with a signed-in user
 * ({@link #as}) and CSRF tokens, on the same application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "campusnews.embedded-database.data-directory=",
        "campusnews.media.directory=target/test-media",
        // Tests that need the start's indexing run it themselves, so that it never races with what they change.
        "campusnews.search.index-on-start=false",
        // The API's cross-origin tests need one allowed origin; every other origin stays refused.
        "campusnews.api.cors-origins=https://app.example.edu",
        // The tests visit from the loopback address, many times over; the rate limits' tests come from other
        // addresses, given by X-Forwarded-For as a proxy would.
        "campusnews.rate-limits.exempt-addresses=127.0.0.1,0:0:0:0:0:0:0:1",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"
})
@AutoConfigureMockMvc
@Import({TestContent.class, TestClockConfig.class})
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

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private UserDetailsService userDetailsService;

    /** Signs the request in as this staff member, with their current role and departments. */
    protected RequestPostProcessor as(UserAccount user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetailsService.loadUserByUsername(user.getUsername()));
    }

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

    protected static HttpResponse<String> send(HttpRequest request) {
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
