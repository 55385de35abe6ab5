package org.campusnews.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-ins, searches, uploads and view reports from one client address beyond its minute's allowance are answered
 * 429 with Retry-After and the site's page; other addresses and kept pages are not affected.
 */
class RateLimitIntegrationTests extends IntegrationTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    /** A documentation address of its own for each test, so that their buckets never meet. */
    private static String clientAddress() {
        return "203.0.113." + NEXT_ADDRESS.getAndIncrement();
    }

    private HttpResponse<String> from(String address, HttpRequest.Builder request) {
        return send(request.header("X-Forwarded-For", address).header("User-Agent", BROWSER).build());
    }

    private HttpResponse<String> signIn(String address) {
        return from(address, HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody-here&password=wrong")));
    }

    @Test
    void signInsBeyondTheMinutesAllowanceAreRefusedUntilTheBucketRefills() throws Exception {
        String address = clientAddress();
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        Refusal refusal = Refusal.after(30, () -> {
            last.set(signIn(address));
            return last.get().statusCode();
        });
        assertThat(refusal.allowedOverTheMinute(30, 0)).isTrue();
        HttpResponse<String> refused = last.get();
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Too many requests");
        assertThat(signIn(clientAddress()).statusCode()).as("another address").isNotEqualTo(429);

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(signIn(address).statusCode()).as("after Retry-After").isNotEqualTo(429);
    }

    @Test
    void searchesRenderedBeyondTheAllowanceAreRefusedInTheVisitorsLanguageWhileKeptResultsAreStillServed() throws Exception {
        String address = clientAddress();
        String word = "Keptresult" + address.replace(".", "");
        content.article(content.section(), content.department()).en(word + " is found").save();
        String kept = "/en/search?q=" + word;
        assertThat(from(address, HttpRequest.newBuilder(uri(kept))).statusCode()).isEqualTo(200);
        AtomicInteger search = new AtomicInteger();
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        Refusal refusal = Refusal.after(120, () -> {
            // Half in Chinese, to see the refusal in the visitor's language.
            String lang = search.incrementAndGet() % 2 == 0 ? "en" : "zh";
            last.set(from(address, HttpRequest.newBuilder(uri("/" + lang + "/search?q=limit" + search.get() + "x"
                    + address.replace('.', 'x')))));
            return last.get().statusCode();
        });
        assertThat(refusal.allowedOverTheMinute(120, 1)).isTrue();
        HttpResponse<String> refused = last.get();
        String language = refused.request().uri().getPath().substring(1, 3);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(refused.body()).select("h1").text())
                .isEqualTo(language.equals("zh") ? "请求过于频繁" : "Too many requests");
        assertThat(from(address, HttpRequest.newBuilder(uri(kept))).statusCode()).as("a kept result page").isEqualTo(200);
        assertThat(from(address, HttpRequest.newBuilder(uri("/en/search"))).statusCode()).as("the empty search page")
                .isEqualTo(200);
        assertThat(from(address, HttpRequest.newBuilder(uri("/en/"))).statusCode()).as("other pages").isEqualTo(200);
    }

    @Test
    void viewReportsThroughTheApiAreLimitedForAllArticlesTogether() throws Exception {
        String address = clientAddress();
        AtomicInteger article = new AtomicInteger(900_000_000);
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        Refusal refusal = Refusal.after(300, () -> {
            last.set(from(address, HttpRequest.newBuilder(uri("/api/v1/articles/" + article.incrementAndGet()
                    + "/views")).POST(HttpRequest.BodyPublishers.noBody())));
            return last.get().statusCode();
        });
        assertThat(refusal.allowedOverTheMinute(300, 0)).isTrue();
        HttpResponse<String> refused = last.get();
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void uploadsBeyondTheAllowanceAreRefusedBeforeTheyAreRead() throws Exception {
        UserAccount author = content.staff(Role.AUTHOR, content.department());
        String address = clientAddress();
        MockMultipartFile notAnImage = new MockMultipartFile("file", "note.txt", "text/plain", "plain text".getBytes());
        AtomicReference<MvcResult> last = new AtomicReference<>();
        Refusal refusal = Refusal.after(60, () -> {
            last.set(mvc.perform(multipart("/admin/media/upload").file(notAnImage).with(as(author)).with(csrf())
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })).andReturn());
            return last.get().getResponse().getStatus();
        });
        assertThat(refusal.allowedOverTheMinute(60, 0)).isTrue();
        MvcResult refused = last.get();
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotNull();
    }

    /** Requests sent until the first 429: how many were let through, and in how long. */
    private record Refusal(int allowed, long millis) {

        interface Attempt {
            int status() throws Exception;
        }

        static Refusal after(int limit, Attempt attempt) throws Exception {
            long start = System.nanoTime();
            for (int sent = 0; sent < limit * 3; sent++) {
                int status = attempt.status();
                if (status == 429) {
                    return new Refusal(sent, (System.nanoTime() - start) / 1_000_000);
                }
                assertThat(status).as("request %d", sent + 1).isLessThan(500);
            }
            throw new AssertionError("never refused after " + limit * 3 + " requests");
        }

        /** The allowance at once, plus what refilled evenly while the requests were sent, and no more. */
        boolean allowedOverTheMinute(int perMinute, int usedBefore) {
            long refilled = (millis * perMinute + 59_999) / 60_000;
            return allowed + usedBefore >= perMinute && allowed + usedBefore <= perMinute + refilled;
        }
    }
}
