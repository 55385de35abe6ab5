package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.campusnews.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InfrastructureIntegrationTests extends IntegrationTest {

    @Autowired
    Flyway flyway;

    @Test
    void everyMigrationAppliedToTheEmptyDatabase() throws Exception {
        long migrationFiles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles = files.filter(file -> file.getFileName().toString().endsWith(".sql")).count();
        }

        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).hasSize((int) migrationFiles);
        assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void healthIsUpWithTheDatabaseReachable() {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void stylesheetIsServedFromTheApplication() {
        HttpResponse<String> css = get("/css/site.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void pagesLinkTheirStylesheetByAFingerprintAndItIsKeptForAYear() {
        String stylesheet = page("/en/").select("link[rel=stylesheet]").attr("href");

        assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
        HttpResponse<String> css = get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(css.body()).isEqualTo(get("/css/site.css").body());
    }

    @Test
    void stylesheetsAndPagesAreSentCompressedToClientsThatAcceptIt() throws Exception {
        for (String path : List.of("/css/site.css", "/login")) {
            HttpResponse<byte[]> answer = http().send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
    }

    @Test
    void pagesLoadNothingFromOtherHosts() {
        Document home = Jsoup.parse(get("/en/").body());

        List<String> loaded = new ArrayList<>(home.select("[src]").eachAttr("src"));
        loaded.addAll(home.select("link[rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest)$]").eachAttr("href"));
        assertThat(loaded).isNotEmpty().allSatisfy(address -> assertThat(address).doesNotContainPattern("^(https?:)?//"));
        // Links that only name other addresses (canonical, alternates) are absolute, and load nothing.
        assertThat(home.select("link[rel=canonical]").attr("href")).startsWith("http");
    }

    @Test
    void errorPagesAreHtmlWhateverTheAddressEndsWith() {
        for (String path : List.of("/sitemap-garbage.xml", "/en/feed.rsss", "/en/sections/no-such/feed.rss", "/x.json")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET().build());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=UTF-8");
        }
    }
}
