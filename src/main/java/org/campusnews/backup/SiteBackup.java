package org.campusnews.backup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Writes a backup of the whole site into an empty directory: {@code database.dump} (pg_dump's custom format) and
 * {@code media/} (the stored files and renditions), with {@code backup.properties} describing them.
 *
 * <p>The two agree with each other: the dump is taken from a snapshot exported by a transaction that also holds a
 * share lock on every media row, so no file the dump names can be deleted before it has been copied. Files stored after
 * the snapshot may be copied too; restored, they are simply unused.
 */
final class SiteBackup {

    static final String DUMP = "database.dump";
    static final String MEDIA = "media";
    static final String MANIFEST = "backup.properties";
    /** What the media directory holds for good; {@code tmp/} has only files being written. */
    static final List<String> MEDIA_FOLDERS = List.of("originals", "renditions");
    /** Sessions and scheduling locks belong to the running instances, not to the site. */
    private static final List<String> TABLES_WITHOUT_DATA = List.of("spring_session", "spring_session_attributes",
            "shedlock");
    private static final int ATTEMPTS = 5;

    private final DatabaseAddress database;
    private final PostgresTools tools;
    private final Path mediaDirectory;
    private final Clock clock;

    SiteBackup(DatabaseAddress database, PostgresTools tools, Path mediaDirectory, Clock clock) {
        this.database = database;
        this.tools = tools;
        this.mediaDirectory = mediaDirectory;
        this.clock = clock;
    }

    BackupSummary write(Path target) {
        MediaTree.requireEmptyOrAbsent(target, "The backup directory");
        try {
            Files.createDirectories(target);
            for (int attempt = 1; ; attempt++) {
                try {
                    return writeFromSnapshot(target);
                } catch (SQLException e) {
                    // 40001: a media row changed between the snapshot and its lock; a new snapshot will see it.
                    if (!"40001".equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw new BackupException("The database could not be read: " + e.getMessage(), e);
                    }
                    MediaTree.clear(target);
                }
            }
        } catch (IOException e) {
            throw new BackupException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    private BackupSummary writeFromSnapshot(Path target) throws SQLException, IOException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                List<String> hashes = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select sha256 from media for share")) {
                    while (rows.next()) {
                        hashes.add(rows.getString(1));
                    }
                }
                String snapshot = single(statement, "select pg_export_snapshot()");
                String schemaVersion = single(statement,
                        "select version from flyway_schema_history where success and version is not null "
                                + "order by installed_rank desc limit 1");
                String articles = single(statement, "select count(*) from article");

                Path dump = target.resolve(DUMP + ".part");
                List<String> arguments = new ArrayList<>(List.of("--format=custom", "--snapshot=" + snapshot,
                        "--no-owner", "--no-privileges", "--file=" + dump));
                for (String table : TABLES_WITHOUT_DATA) {
                    arguments.add("--exclude-table-data=" + table);
                }
                tools.run("pg_dump", arguments);
                Files.move(dump, target.resolve(DUMP), StandardCopyOption.ATOMIC_MOVE);

                MediaTree.Copied copied = MediaTree.copy(mediaDirectory, target.resolve(MEDIA), MEDIA_FOLDERS);
                List<String> missing = MediaTree.missingOriginals(target.resolve(MEDIA), hashes);
                BackupSummary summary = new BackupSummary(clock.instant(), schemaVersion, Long.parseLong(articles),
                        hashes.size(), copied.files(), copied.bytes(), missing);
                writeManifest(target.resolve(MANIFEST), summary);
                connection.rollback();
                return summary;
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static void writeManifest(Path file, BackupSummary summary) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("created", summary.created().toString());
        manifest.setProperty("schema-version", String.valueOf(summary.schemaVersion()));
        manifest.setProperty("articles", String.valueOf(summary.articles()));
        manifest.setProperty("media-items", String.valueOf(summary.mediaItems()));
        manifest.setProperty("media-files", String.valueOf(summary.mediaFiles()));
        manifest.setProperty("media-bytes", String.valueOf(summary.mediaBytes()));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            manifest.store(writer, "Campus News backup: restore with the 'restore' command");
        }
    }
}
