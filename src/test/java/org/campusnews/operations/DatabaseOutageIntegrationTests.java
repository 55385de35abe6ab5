package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.campusnews.CampusNewsApplication;
import org.campusnews.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The application on a PostgreSQL server of its own, which is stopped and started again while visitors and an editor
 * go on using the site: kept pages are still served and count their views, anything that needs the database answers
 * 503 within two seconds (a form with what was typed, ready to be sent again), and all comes back without help.
 */
class DatabaseOutageIntegrationTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";
    private static final Duration FAIL_FAST = Duration.ofSeconds(2);

    private static Path data;
    private static int databasePort;
    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext application;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("campusnews-outage");
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = startDatabase();
        application = new SpringApplicationBuilder(CampusNewsApplication.class).properties(
                        "spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "spring.datasource.username=postgres",
                        "server.port=0",
                        "campusnews.media.directory=" + data.resolve("media"),
                        "campusnews.search.index-on-start=false",
                        "campusnews.browse-counts.flush-interval=200ms")
                .run();
        base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
        FileSystemUtils.deleteRecursively(data);
    }

    @Test
    void keptPagesAreServedAndEverythingElseFailsFastUntilTheDatabaseIsBack() throws Exception {
        JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
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

        database.close();

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

        database = startDatabase();

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
        JdbcClient back = JdbcClient.create(database.getPostgresDatabase());
        assertThat(back.sql("select count(*) from article_translation where title = 'Written while the database was away'")
                .query(Long.class).single()).isEqualTo(1);
        long flushed = 0;
        for (int attempt = 0; attempt < 50 && flushed != storedViews + 2; attempt++) {
            Thread.sleep(100);
            flushed = back.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        }
        assertThat(flushed).as("views counted during the outage, written once it was over").isEqualTo(storedViews + 2);
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
    }

    private static int port() {
        return URI.create(base).getPort();
    }

    private static long count(HttpResponse<String> page) {
        return Long.parseLong(Jsoup.parse(page.body()).selectFirst(".article__browse-count").text());
    }

    private static HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    private static HttpResponse<String> get(String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", BROWSER)
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path, e);
        }
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
