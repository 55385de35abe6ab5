package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.campusnews.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on a PostgreSQL server of its own, which is stopped and started again while visitors and an editor
 * go on using the site: kept pages are still served and count their views, anything that needs the database answers
 * 503 within two seconds (a form with what was typed, ready to be sent again), and all comes back without help.
 */
class DatabaseOutageIntegrationTests {

    private static final Duration FAIL_FAST = Duration.ofSeconds(2);

    private static SeparateSite site;
    private static ConfigurableApplicationContext application;

    @BeforeAll
    static void start() throws IOException {
        site = new SeparateSite();
        application = site.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void keptPagesAreServedAndEverythingElseFailsFastUntilTheDatabaseIsBack() throws Exception {
        JdbcClient jdbc = JdbcClient.create(site.database().getPostgresDatabase());
        long article = jdbc.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
        long unread = jdbc.sql("select max(id) from article where status = 'PUBLISHED'").query(Long.class).single();
        long storedViews = jdbc.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        String section = jdbc.sql("select s.slug from section s join article a on a.section_id = s.id where a.id = ?")
                .param(article).query(String.class).single();
        long department = jdbc.sql("select id from department order by id limit 1").query(Long.class).single();
        long sectionId = jdbc.sql("select id from section where slug = ?").param(section).query(Long.class).single();
        assertThat(get("/en/").statusCode()).isEqualTo(200);
        assertThat(get("/en/articles/" + article).statusCode()).isEqualTo(200);
        WebSession editor = new WebSession(port());
        assertThat(editor.signIn("editor", "editor-demo-password").statusCode()).isEqualTo(302);
        Document form = editor.page("/admin/articles/new");
        String token = form.selectFirst("input[name=_csrf]").val();

        site.stopDatabase();

        HttpResponse<String> home = timed(() -> get("/en/"));
        assertThat(home.statusCode()).as("a kept page").isEqualTo(200);
        HttpResponse<String> kept = timed(() -> get("/en/articles/" + article));
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(count(kept)).isEqualTo(storedViews + 2);

        HttpResponse<String> other = timed(() -> get("/en/articles/" + unread));
        assertThat(other.statusCode()).as("a page not kept").isEqualTo(503);
        assertThat(other.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(Jsoup.parse(other.body()).selectFirst("h1").text()).isEqualTo("Temporarily unavailable");
        HttpResponse<String> health = timed(() -> get("/actuator/health", "application/json"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("_csrf", token);
        typed.put("sectionId", Long.toString(sectionId));
        typed.put("departmentId", Long.toString(department));
        typed.put("original", "EN");
        typed.put("version", "0");
        typed.put("en.present", "true");
        typed.put("en.title", "Written while the database was away");
        typed.put("en.body", "<p>Every word of this is kept.</p>");
        HttpResponse<String> saving = timed(() -> editor.post("/admin/articles", typed));
        assertThat(saving.statusCode()).isEqualTo(503);
        Element unsent = Jsoup.parse(saving.body()).selectFirst("form.unsent-form");
        assertThat(unsent.attr("action")).isEqualTo("/admin/articles");
        Map<String, String> resent = new LinkedHashMap<>();
        for (Element field : unsent.select("input[type=hidden]")) {
            resent.put(field.attr("name"), field.val());
        }
        assertThat(resent).isEqualTo(typed);
        assertThat(unsent.select("textarea").eachText()).contains("Written while the database was away");

        site.startDatabase();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = get("/en/articles/" + unread).statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        assertThat(status).as("answered again within 10 s of the database's return").isEqualTo(200);
        assertThat(editor.post(unsent.attr("action"), resent).statusCode()).as("sent again").isEqualTo(302);
        JdbcClient back = JdbcClient.create(site.database().getPostgresDatabase());
        assertThat(back.sql("select count(*) from article_translation where title = 'Written while the database was away'")
                .query(Long.class).single()).isEqualTo(1);
        long flushed = 0;
        for (int attempt = 0; attempt < 50 && flushed != storedViews + 2; attempt++) {
            Thread.sleep(100);
            flushed = back.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        }
        assertThat(flushed).as("views counted during the outage, written once it was over").isEqualTo(storedViews + 2);
    }

    private static long count(HttpResponse<String> page) {
        return Long.parseLong(Jsoup.parse(page.body()).selectFirst(".article__browse-count").text());
    }

    private static int port() {
        return SeparateSite.port(application);
    }

    private static HttpResponse<String> get(String path) {
        return SeparateSite.get(application, path);
    }

    private static HttpResponse<String> get(String path, String accept) {
        return SeparateSite.get(application, path, accept);
    }

    private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as(response.request().method() + " " + response.uri() + " answered in " + took.toMillis() + " ms")
                .isLessThan(FAIL_FAST);
        return response;
    }
}
