package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.campusnews.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
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
    void pagesLoadNothingFromOtherHosts() {
        String home = get("/en/").body();

        assertThat(home).doesNotContainPattern("(src|href)=\"(https?:)?//");
    }
}
