package org.campusnews.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;
import org.springframework.core.env.Environment;

/** The site's database as the application is configured to reach it, for JDBC and for PostgreSQL's own tools. */
record DatabaseAddress(String jdbcUrl, String username, String password) {

    static DatabaseAddress of(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            throw new BackupException("No external database is configured (spring.datasource.url). The embedded "
                    + "database is backed up by stopping the application and copying its data directory.");
        }
        return new DatabaseAddress(url, environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (!password.isBlank()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** The libpq environment variables that point pg_dump and pg_restore at the same database, as the same user. */
    Map<String, String> libpqEnvironment() {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            throw new BackupException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        // The driver lists several hosts comma-separated, as libpq does.
        variables.put("PGHOST", parsed.getProperty("PGHOST", "localhost"));
        variables.put("PGPORT", parsed.getProperty("PGPORT", "5432"));
        variables.put("PGDATABASE", parsed.getProperty("PGDBNAME", ""));
        String user = username.isBlank() ? parsed.getProperty("user", "") : username;
        String secret = password.isBlank() ? parsed.getProperty("password", "") : password;
        if (!user.isBlank()) {
            variables.put("PGUSER", user);
        }
        if (!secret.isBlank()) {
            variables.put("PGPASSWORD", secret);
        }
        String sslMode = parsed.getProperty("sslmode");
        if (sslMode != null) {
            variables.put("PGSSLMODE", sslMode);
        }
        return variables;
    }
}
