package org.campusnews.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar campus-news.jar backup DIR} and {@code … restore DIR}, followed by any settings as for the
 * application ({@code --spring.datasource.url=…}); settings are read the same way as the application reads them
 * (application.yml, environment variables, profiles), so the same deployment's configuration points the commands at
 * its database and media directory. No web server starts.
 */
public final class BackupCommandLine {

    private BackupCommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and gives the process's exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("Usage: java -jar campus-news.jar " + args[0] + " DIRECTORY [--setting=value …]");
            return 2;
        }
        Path directory = Path.of(args[1]).toAbsolutePath().normalize();
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(settings)) {
            Environment environment = context.getEnvironment();
            DatabaseAddress database = DatabaseAddress.of(environment);
            PostgresTools tools = new PostgresTools(environment.getProperty("campusnews.backup.postgres-bin"),
                    database.libpqEnvironment());
            Path media = Path.of(environment.getProperty("campusnews.media.directory", "./data/media"))
                    .toAbsolutePath().normalize();
            if (args[0].equals("backup")) {
                BackupSummary summary = new SiteBackup(database, tools, media, Clock.systemUTC()).write(directory);
                out.printf("Backed up %d articles, %d media items (%d files, %d bytes) at schema version %s to %s%n",
                        summary.articles(), summary.mediaItems(), summary.mediaFiles(), summary.mediaBytes(),
                        summary.schemaVersion(), directory);
                if (!summary.missingOriginals().isEmpty()) {
                    err.printf("Warning: %d media items had no stored file in %s already: %s%n",
                            summary.missingOriginals().size(), media, summary.missingOriginals());
                }
            } else {
                Properties manifest = new SiteRestore(database, tools, media).read(directory);
                out.printf("Restored the backup of %s (%s articles, %s media files) into %s and %s%n",
                        manifest.getProperty("created"), manifest.getProperty("articles"),
                        manifest.getProperty("media-files"), database.jdbcUrl(), media);
            }
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** Nothing but the application's settings: no database pool, no web server. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {
    }
}
