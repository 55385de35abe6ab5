package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.campusnews.CampusNewsApplication;
import org.campusnews.article.Article;
import org.campusnews.article.ArticleService;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The application with a read replica: a copy of the primary database in which every title says where it was read.
 * Visitors' pages are read from the replica while nothing changed lately; staff work, writes and view counts go to the
 * primary, and right after a change the pages it invalidated are read from the primary, which already has it.
 */
class ReplicaReadsIntegrationTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path data;
    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext application;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("campusnews-replica");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data.resolve("postgres")).start();
        String primary = "jdbc:postgresql://localhost:" + port + "/postgres";
        // The primary gets its schema and content, then the replica is made as a copy of it.
        instance(primary, null).close();
        JdbcClient server = JdbcClient.create(database.getPostgresDatabase());
        server.sql("create database replica template postgres").update();
        String replica = "jdbc:postgresql://localhost:" + port + "/replica";
        JdbcClient.create(database.getDatabase("postgres", "replica"))
                .sql("update article_translation set title = title || ' [replica]'").update();
        application = instance(primary, replica);
    }

    private static ConfigurableApplicationContext instance(String primary, String replica) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CampusNewsApplication.class).properties(
                "spring.datasource.url=" + primary,
                "spring.datasource.username=postgres",
                "server.port=0",
                "campusnews.media.directory=" + data.resolve("media"),
                "campusnews.search.index-on-start=false",
                "campusnews.browse-counts.flush-interval=200ms",
                "campusnews.datasource.replica.primary-after-change=2s");
        if (replica != null) {
            builder.properties("campusnews.datasource.replica.url=" + replica,
                    "campusnews.datasource.replica.username=postgres");
        }
        return builder.run();
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
    void visitorsReadFromTheReplicaAndEverythingElseFromThePrimary() throws Exception {
        JdbcClient primary = JdbcClient.create(database.getPostgresDatabase());
        long article = primary.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
        long storedViews = primary.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        Thread.sleep(2_100);

        String title = Jsoup.parse(get("/en/articles/" + article).body()).selectFirst("h1").text();
        assertThat(title).as("a visitor's page, read from the replica").endsWith("[replica]");

        WebSession editor = new WebSession(port());
        editor.signIn("editor", "editor-demo-password");
        String staffTitle = editor.page("/admin/articles/" + article + "/edit").selectFirst("[id=en.title]").val();
        assertThat(staffTitle).as("staff work, on the primary").doesNotEndWith("[replica]");

        long written = storedViews;
        for (int attempt = 0; attempt < 50 && written == storedViews; attempt++) {
            Thread.sleep(100);
            written = primary.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        }
        assertThat(written).as("the view, written to the primary").isEqualTo(storedViews + 1);

        Section section = application.getBean(SectionService.class).all().list().get(0);
        Article published = new Article(section, application.getBean(DepartmentService.class).inOrder().get(0));
        published.addTranslation(Language.EN, "Only on the primary so far", "<p>Not replicated yet.</p>").setOriginal(true);
        published.publish(Instant.now().minusSeconds(60));
        application.getBean(ArticleService.class).save(published);

        assertThat(get("/en/sections/" + section.getSlug()).body())
                .as("right after the change, the invalidated page is read from the primary")
                .contains("Only on the primary so far");
    }

    private static int port() {
        return ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                    .header("User-Agent", BROWSER).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
