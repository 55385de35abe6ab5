package org.campusnews.backup;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * Restores a backup made by {@link SiteBackup} into an empty database and an empty media directory. It refuses to
 * restore over anything, so a mistyped address can never overwrite a site. The application started on the result
 * migrates it if the backup comes from an older version.
 */
final class SiteRestore {

    private final DatabaseAddress database;
    private final PostgresTools tools;
    private final Path mediaDirectory;

    SiteRestore(DatabaseAddress database, PostgresTools tools, Path mediaDirectory) {
        this.database = database;
        this.tools = tools;
        this.mediaDirectory = mediaDirectory;
    }

    Properties read(Path source) {
        Path dump = source.resolve(SiteBackup.DUMP);
        Path manifestFile = source.resolve(SiteBackup.MANIFEST);
        if (!Files.isRegularFile(dump) || !Files.isRegularFile(manifestFile)) {
            throw new BackupException(source + " is not a complete backup: it needs " + SiteBackup.DUMP + " and "
                    + SiteBackup.MANIFEST);
        }
        MediaTree.requireEmptyOrAbsent(mediaDirectory.resolve("originals"), "The media directory's folder");
        MediaTree.requireEmptyOrAbsent(mediaDirectory.resolve("renditions"), "The media directory's folder");
        requireEmptyDatabase();
        try {
            Properties manifest = new Properties();
            try (Reader reader = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
                manifest.load(reader);
            }
            String databaseName = database.libpqEnvironment().get("PGDATABASE");
            tools.run("pg_restore", List.of("--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                    "--dbname=" + databaseName, dump.toString()));
            Files.createDirectories(mediaDirectory);
            MediaTree.copy(source.resolve(SiteBackup.MEDIA), mediaDirectory, SiteBackup.MEDIA_FOLDERS);
            return manifest;
        } catch (IOException e) {
            throw new BackupException("The backup could not be restored: " + e.getMessage(), e);
        }
    }

    private void requireEmptyDatabase() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from pg_class c join pg_namespace n "
                        + "on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'v', 'm', 'S') "
                        + "and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'")) {
            row.next();
            if (row.getLong(1) > 0) {
                throw new BackupException("The database " + database.jdbcUrl() + " is not empty: restore into a new "
                        + "database (createdb), so that nothing is overwritten");
            }
        } catch (SQLException e) {
            throw new BackupException("The database " + database.jdbcUrl() + " cannot be reached: " + e.getMessage(), e);
        }
    }
}
