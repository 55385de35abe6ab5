package org.campusnews.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server outside the tests, with its client programs (pg_dump, pg_restore) on the PATH, named by
 * {@code CAMPUSNEWS_TEST_POSTGRES_URL} (a JDBC URL of its {@code postgres} database), {@code …_USERNAME} and
 * {@code …_PASSWORD}; the user may create databases. {@code .ci/run} starts one. Without it the tests that need it
 * skip themselves, except under continuous integration ({@code CI=true}), where they fail.
 */
record ExternalPostgres(String url, String username, String password) {

    static ExternalPostgres required() {
        String url = System.getenv("CAMPUSNEWS_TEST_POSTGRES_URL");
        boolean configured = url != null && !url.isBlank();
        if (!configured && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CAMPUSNEWS_TEST_POSTGRES_URL is not set: the backup tests cannot run");
        }
        Assumptions.assumeTrue(configured, "Backup tests skipped: CAMPUSNEWS_TEST_POSTGRES_URL is not set");
        return new ExternalPostgres(url, System.getenv().getOrDefault("CAMPUSNEWS_TEST_POSTGRES_USERNAME", ""),
                System.getenv().getOrDefault("CAMPUSNEWS_TEST_POSTGRES_PASSWORD", ""));
    }

    /** The JDBC URL of another database on the same server. */
    String urlOf(String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(urlOf(database), username, password);
    }

    void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        }
    }

    void dropDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
