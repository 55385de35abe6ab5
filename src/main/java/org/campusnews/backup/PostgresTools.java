package org.campusnews.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's pg_dump and pg_restore, from {@code campusnews.backup.postgres-bin} when set, else from the PATH. They
 * must be of the server's major version or newer (pg_dump refuses a newer server and says so).
 */
final class PostgresTools {

    private final String directory;
    private final Map<String, String> environment;

    PostgresTools(String directory, Map<String, String> environment) {
        this.directory = directory == null ? "" : directory.strip();
        this.environment = environment;
    }

    void run(String tool, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(directory.isEmpty() ? tool : Path.of(directory, tool).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path output = null;
        try {
            output = Files.createTempFile("campusnews-" + tool, ".log");
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupException(tool + " failed (exit " + exit + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new BackupException("Cannot run " + command.get(0) + " (install PostgreSQL's client programs, or "
                    + "set campusnews.backup.postgres-bin to their directory)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(tool + " was interrupted", e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary log file left behind is harmless
                }
            }
        }
    }
}
