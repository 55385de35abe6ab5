package org.campusnews.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleService;
import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** How the API answers as HTTP: refusals as problem details, revalidation, cross-origin reads, reported views. */
class ApiProtocolIntegrationTests extends IntegrationTest {

    private static final String ALLOWED_ORIGIN = "https://app.example.edu";

    @Autowired
    ArticleService articles;

    private Section section;
    private Department department;
    private Article article;

    @BeforeEach
    void setUp() {
        section = content.section();
        department = content.department();
        article = content.article(section, department).en("An article").save();
    }

    @Test
    void badParametersAreRefusedWithProblemDetails() {
        String list = "/api/v1/articles?lang=en&section=" + section.getSlug();
        String cursor = ApiSupport.ok(get(list.replace("section=" + section.getSlug(), "limit=1"))).path("next").asString();
        assertThat(cursor).hasSize(28);
        char changed = cursor.charAt(10) == 'A' ? 'B' : 'A';
        for (String query : List.of("&limit=-1", "&limit=0", "&limit=101", "&limit=99999999999999999999", "&limit=abc",
                "&limit=1.5", "&limit=", "&limit=5&limit=6", "&since=yesterday", "&since=2026-01-01",
                "&since=2026-01-01T00:00:00", "&since=+999999999-12-31T23:59:59Z", "&cursor=abc",
                "&cursor=" + cursor.substring(0, 27), "&cursor=" + cursor.substring(0, 10) + changed + cursor.substring(11),
                "&cursor=" + cursor + "A", "&cursor=" + "_".repeat(28), "&section=Not%20A%20Slug",
                "&section=no-such-section-anywhere", "&department=no-such-department-anywhere", "&unknown=1",
                "&lang=zh")) {
            ApiSupport.problem(get(list + query), 400);
        }
        for (String path : List.of("/api/v1/articles", "/api/v1/articles?lang=", "/api/v1/articles?lang=xx",
                "/api/v1/articles?lang=EN", "/api/v1/articles/" + article.getId(),
                "/api/v1/articles/" + article.getId() + "?lang=fr", "/api/v1/articles/-1?lang=en",
                "/api/v1/articles/0?lang=en", "/api/v1/articles/abc?lang=en", "/api/v1/articles/1.5?lang=en",
                "/api/v1/articles/99999999999999999999?lang=en", "/api/v1/sections?page=2")) {
            ApiSupport.problem(get(path), 400);
        }
        JsonNode repeated = ApiSupport.problem(get(list + "&lang=en"), 400);
        assertThat(repeated.path("detail").asString()).contains("'lang'", "more than once");
        assertThat(ApiSupport.problem(get(list + "&limit=500"), 400).path("detail").asString()).contains("1 to 100");
    }

    @Test
    void whatDoesNotExistIsNotFoundWithProblemDetails() {
        Article draft = content.article(section, department).en("Draft").draft().save();
        Article chineseOnly = content.article(section, department).zh("只有中文").save();
        ApiSupport.problem(get("/api/v1/articles/" + draft.getId() + "?lang=en"), 404);
        ApiSupport.problem(get("/api/v1/articles/999999999999?lang=en"), 404);
        ApiSupport.problem(get("/api/v1/nothing-here"), 404);
        JsonNode elsewhere = ApiSupport.problem(get("/api/v1/articles/" + chineseOnly.getId() + "?lang=en"), 404);
        assertThat(elsewhere.path("detail").asString()).contains("'zh'");
        ApiSupport.problem(send(HttpRequest.newBuilder(uri("/api/v1/articles?lang=en")).header("User-Agent", BROWSER)
                .POST(HttpRequest.BodyPublishers.noBody()).build()), 405);
    }

    @Test
    void answersCarryAnEntityTagAndAreRevalidated() {
        for (String path : List.of("/api/v1/articles?lang=en&section=" + section.getSlug(),
                "/api/v1/articles/" + article.getId() + "?lang=en", "/api/v1/sections", "/api/v1/departments")) {
            HttpResponse<String> first = get(path);
            ApiSupport.ok(first);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
            HttpResponse<String> kept = get(path);
            ApiSupport.ok(kept);
            assertThat(kept.body()).isEqualTo(first.body());
            HttpResponse<String> revalidated = send(HttpRequest.newBuilder(uri(path)).header("User-Agent", BROWSER)
                    .header("If-None-Match", etag).GET().build());
            assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
            assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        }
        String list = "/api/v1/articles?lang=en&section=" + section.getSlug();
        String before = get(list).headers().firstValue("ETag").orElseThrow();
        content.article(section, department).en("Another article").save();
        HttpResponse<String> after = send(HttpRequest.newBuilder(uri(list)).header("User-Agent", BROWSER)
                .header("If-None-Match", before).GET().build());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(ApiSupport.ok(after).path("items")).hasSize(2);
    }

    @Test
    void onlyConfiguredOriginsMayReadAnswersAcrossOrigins() {
        String path = "/api/v1/articles?lang=en&section=" + section.getSlug();
        for (List<String> order : List.of(List.of(ALLOWED_ORIGIN, "https://evil.example", ""),
                List.of("https://evil.example", "", ALLOWED_ORIGIN))) {
            content.article(section, department).en("Drops the kept list " + order.get(0)).save();
            for (String origin : order) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("User-Agent", BROWSER).GET();
                if (!origin.isEmpty()) {
                    request.header("Origin", origin);
                }
                HttpResponse<String> response = send(request.build());
                ApiSupport.ok(response);
                assertThat(response.headers().allValues("Vary").toString()).as(origin).contains("Origin");
                if (origin.equals(ALLOWED_ORIGIN)) {
                    assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(origin);
                    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
                } else {
                    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
                }
            }
        }

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/articles/" + article.getId() + "/views"))
                .header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/articles/" + article.getId() + "/views"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        ApiSupport.problem(refused, 403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> error = send(HttpRequest.newBuilder(uri("/api/v1/articles?lang=xx"))
                .header("Origin", ALLOWED_ORIGIN).GET().build());
        ApiSupport.problem(error, 400);
        assertThat(error.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(get("/en/").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAppReportsViewsWhichAreCountedWithinTheLimit() {
        long before = articles.viewCount(article.getId()).current();

        HttpResponse<String> reported = reportView(article.getId(), BROWSER);

        assertThat(reported.statusCode()).isEqualTo(202);
        JsonNode report = ApiSupport.JSON.readTree(reported.body());
        assertThat(report.path("browseCount").asLong()).isEqualTo(before + 1);
        assertThat(report.path("counted").asBoolean()).isTrue();
        assertThat(articles.viewCount(article.getId()).current()).isEqualTo(before + 1);
        assertThat(reported.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page("/en/articles/" + article.getId()).selectFirst(".article__meta").text()).contains(Long.toString(before + 2));

        HttpResponse<String> crawler = reportView(article.getId(), "Googlebot/2.1 (+http://www.google.com/bot.html)");
        assertThat(crawler.statusCode()).isEqualTo(202);
        assertThat(ApiSupport.JSON.readTree(crawler.body()).path("counted").asBoolean()).isFalse();
        assertThat(articles.viewCount(article.getId()).current()).isEqualTo(before + 2);

        for (int i = 2; i <= 10; i++) {
            assertThat(reportView(article.getId(), BROWSER).statusCode()).isEqualTo(202);
        }
        HttpResponse<String> limited = reportView(article.getId(), BROWSER);
        ApiSupport.problem(limited, 429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(articles.viewCount(article.getId()).current()).isEqualTo(before + 11);

        Article other = content.article(section, department).en("Another").save();
        assertThat(reportView(other.getId(), BROWSER).statusCode()).isEqualTo(202);
        Article draft = content.article(section, department).en("Draft").draft().save();
        ApiSupport.problem(reportView(draft.getId(), BROWSER), 404);
        ApiSupport.problem(reportView(999999999999L, BROWSER), 404);
        ApiSupport.problem(send(HttpRequest.newBuilder(uri("/api/v1/articles/abc/views")).header("User-Agent", BROWSER)
                .POST(HttpRequest.BodyPublishers.noBody()).build()), 400);
    }

    private HttpResponse<String> reportView(long id, String userAgent) {
        return send(HttpRequest.newBuilder(uri("/api/v1/articles/" + id + "/views")).header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
