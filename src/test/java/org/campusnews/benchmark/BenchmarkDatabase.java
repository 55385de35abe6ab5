package org.campusnews.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL server of its own for the benchmark, in a temporary directory, with the application's schema and
 * {@code pg_stat_statements} loaded so that the statements the application runs can be counted.
 * The application connects as {@code postgres}; the benchmark itself reads as {@code benchmark}, so that its own
 * queries are never counted as the application's.
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final String APP_USER = "postgres";
    private static final String OWN_USER = "benchmark";

    private final EmbeddedPostgres postgres;

    private BenchmarkDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server with its data in {@code directory} and creates the application's schema. */
    static BenchmarkDatabase start(Path directory) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                // Loading a million articles writes several gigabytes of WAL; fewer checkpoints make it faster.
                .setServerConfig("max_wal_size", "4GB")
                .start();
        BenchmarkDatabase database = new BenchmarkDatabase(postgres);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create extension pg_stat_statements");
            statement.execute("create role " + OWN_USER + " login superuser");
        } catch (SQLException e) {
            database.close();
            throw e;
        }
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        return database;
    }

    /** Connections of the benchmark itself (loading, checks), which do not count as the application's. */
    DataSource dataSource() {
        return postgres.getDatabase(OWN_USER, "postgres");
    }

    String applicationJdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** How often the application's connections have run each statement since the server started, and how long. */
    StatementCounts applicationStatements() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                var query = connection.prepareStatement("""
                        select query, sum(calls), sum(total_exec_time) from pg_stat_statements
                        where userid = ?::regrole::oid
                        group by query""")) {
            query.setString(1, APP_USER);
            Map<String, StatementCounts.Usage> usage = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    usage.merge(rows.getString(1), new StatementCounts.Usage(rows.getLong(2), rows.getDouble(3)),
                            StatementCounts.Usage::plus);
                }
            }
            return new StatementCounts(Map.copyOf(usage));
        }
    }

    long queryForLong(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

}
