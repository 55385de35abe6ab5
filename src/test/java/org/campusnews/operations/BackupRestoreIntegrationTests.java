package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.campusnews.CampusNewsApplication;
import org.campusnews.backup.BackupCommandLine;
import org.campusnews.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The backup and restore commands on a PostgreSQL server of the same major version as the client programs: a site
 * with content, revisions, media and staff is backed up while it runs, restored into a new database and media
 * directory, and the application started on the copy serves all of it.
 */
class BackupRestoreIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ExternalPostgres server;
    private Path work;
    private String source;
    private String copy;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void createDatabases() throws Exception {
        server = ExternalPostgres.required();
        work = Files.createTempDirectory("campusnews-backup");
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        source = "cn_site_" + suffix;
        copy = "cn_copy_" + suffix;
        server.createDatabase(source);
        server.createDatabase(copy);
    }

    @AfterEach
    void removeEverything() throws Exception {
        for (ConfigurableApplicationContext instance : instances) {
            instance.close();
        }
        if (server != null) {
            server.dropDatabase(source);
            server.dropDatabase(copy);
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void aBackupTakenWhileTheSiteRunsRestoresIntoANewDatabaseAndMediaDirectoryThatServeTheSameSite() throws Exception {
        ConfigurableApplicationContext site = start(source, work.resolve("media"));
        WebSession editor = new WebSession(SeparateSite.port(site));
        assertThat(editor.signIn("editor", "editor-demo-password").statusCode()).isEqualTo(302);
        long section = single(source, "select min(id) from section");
        long department = single(source, "select min(id) from department");
        HttpResponse<String> created = editor.submit("/admin/articles/new", "/admin/articles", Map.of(
                "sectionId", Long.toString(section), "departmentId", Long.toString(department), "original", "EN",
                "en.present", "true", "en.title", "Kept by the backup", "en.body", "<p>Written before the backup.</p>"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long written = single(source, "select max(article_id) from article_translation where title = 'Kept by the backup'");
        Map<String, Long> before = rowCounts(source);
        assertThat(before.get("article_revision")).isPositive();
        assertThat(before.get("media")).isPositive();
        assertThat(before.get("user_account")).isGreaterThanOrEqualTo(3);

        Path backup = work.resolve("backup");
        Result backedUp = command("backup", backup, source, work.resolve("media"));
        assertThat(backedUp.exit()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("Backed up " + before.get("article") + " articles");
        assertThat(backup.resolve("database.dump")).isRegularFile();
        assertThat(backup.resolve("backup.properties")).isRegularFile();
        site.close();

        Result restored = command("restore", backup, copy, work.resolve("restored-media"));
        assertThat(restored.exit()).as(restored.err()).isZero();
        Map<String, Long> after = rowCounts(copy);
        before.keySet().removeAll(List.of("spring_session", "spring_session_attributes", "shedlock"));
        after.keySet().removeAll(List.of("spring_session", "spring_session_attributes", "shedlock"));
        assertThat(after).isEqualTo(before);

        ConfigurableApplicationContext copySite = start(copy, work.resolve("restored-media"));
        int port = SeparateSite.port(copySite);
        long published = single(copy, "select max(a.id) from article a join article_translation t on t.article_id = a.id "
                + "and t.lang = 'en' where a.status = 'PUBLISHED' and a.release_time < now()");
        HttpResponse<String> article = get(port, "/en/articles/" + published);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(article.body()).select("h1").text()).isEqualTo(text(source,
                "select title from article_translation where lang = 'en' and article_id = " + published));
        String image = text(copy, "select sha256 from media where width is not null order by id limit 1");
        HttpResponse<byte[]> original = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/media/" + image)).header("User-Agent", SeparateSite.BROWSER).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(Files.readAllBytes(work.resolve("media/originals")
                .resolve(image.substring(0, 2)).resolve(image)));

        WebSession editorOnCopy = new WebSession(port);
        assertThat(editorOnCopy.signIn("editor", "editor-demo-password").statusCode()).as("the staff accounts").isEqualTo(302);
        HttpResponse<String> history = editorOnCopy.get("/admin/articles/" + written + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(history.body()).select("#revisions tbody tr")).as("revisions").hasSize(
                (int) single(copy, "select count(*) from article_revision where article_id = " + written)).isNotEmpty();
    }

    @Test
    void aRestoreNeverWritesOverADatabaseOrMediaThatHoldSomethingAndABackupNeverOverwritesAnEarlierOne() throws Exception {
        ConfigurableApplicationContext site = start(source, work.resolve("media"));
        Path backup = work.resolve("backup");
        assertThat(command("backup", backup, source, work.resolve("media")).exit()).isZero();
        long articles = single(source, "select count(*) from article");
        site.close();

        Result again = command("backup", backup, source, work.resolve("media"));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty");

        Result overSite = command("restore", backup, source, work.resolve("other-media"));
        assertThat(overSite.exit()).isEqualTo(1);
        assertThat(overSite.err()).contains("is not empty");
        assertThat(single(source, "select count(*) from article")).isEqualTo(articles);

        Result overMedia = command("restore", backup, copy, work.resolve("media"));
        assertThat(overMedia.exit()).as(overMedia.out()).isEqualTo(1);
        assertThat(overMedia.err()).contains("is not empty");
        assertThat(rowCounts(copy)).isEmpty();

        Result notABackup = command("restore", work.resolve("nothing-here"), copy, work.resolve("other-media"));
        assertThat(notABackup.exit()).isEqualTo(1);
        assertThat(notABackup.err()).contains("is not a complete backup");
    }

    private ConfigurableApplicationContext start(String database, Path media) {
        // As arguments, which come before application.yml (properties of the builder come after it).
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(CampusNewsApplication.class).run(
                "--spring.datasource.url=" + server.urlOf(database),
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--server.port=0",
                "--campusnews.media.directory=" + media,
                "--campusnews.search.index-on-start=false");
        instances.add(instance);
        return instance;
    }

    private Result command(String name, Path directory, String database, Path media) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BackupCommandLine.run(new String[] {name, directory.toString(),
                "--spring.datasource.url=" + server.urlOf(database),
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--campusnews.media.directory=" + media},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }

    /** Every table of the database with its number of rows. */
    private Map<String, Long> rowCounts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
        }
        return counts;
    }

    private long single(String database, String sql) throws SQLException {
        return Long.parseLong(text(database, sql));
    }

    private String text(String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", SeparateSite.BROWSER).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
