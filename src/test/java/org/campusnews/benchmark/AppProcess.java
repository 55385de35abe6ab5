package org.campusnews.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged application, started as a process of its own against the benchmark's database. */
final class AppProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final ChildProcess process;
    private final int port;
    private final Path output;
    private final Path gcLog;
    private final long startedAt;

    private AppProcess(ChildProcess process, int port, Path output, Path gcLog, long startedAt) {
        this.process = process;
        this.port = port;
        this.output = output;
        this.gcLog = gcLog;
        this.startedAt = startedAt;
    }

    static AppProcess start(Path jar, String jdbcUrl, String heap, List<String> arguments, Path directory) throws IOException {
        int port = FreePort.find();
        Path output = directory.resolve("app.log");
        Path gcLog = directory.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xlog:gc:file=" + gcLog,
                "-jar", jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + BenchmarkDatabase.APP_USER,
                "--spring.datasource.password=",
                "--campusnews.demo-data=false",
                // The loaded articles are not in the search index, and the pages measured do not search: filling it
                // would only take the machine away from the pages.
                "--campusnews.search.index-on-start=false",
                "--campusnews.media.directory=" + directory.resolve("media"),
                // The load comes from one address, as a whole campus behind one gateway would.
                "--campusnews.rate-limits.exempt-addresses=127.0.0.1"));
        command.addAll(arguments);
        long startedAt = System.nanoTime();
        ChildProcess process = ChildProcess.start(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile()));
        return new AppProcess(process, port, output, gcLog, startedAt);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until {@code /actuator/health} answers UP; returns how long the application took to get there. */
    Duration awaitHealthy(HttpClient http) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = startedAt + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + output);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notListeningYet) {
                // The port opens only once the application has started.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application was not healthy within " + STARTUP_TIMEOUT + "; see " + output);
    }

    Path output() {
        return output;
    }

    Path gcLog() {
        return gcLog;
    }

    boolean ranOutOfMemory() throws IOException {
        try (var lines = Files.lines(output, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains("OutOfMemoryError"));
        }
    }

    /** Ends the application with SIGKILL ({@code kill -9}). */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Stops the application as a service manager would: SIGTERM, then waiting for its graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.stop(SHUTDOWN_TIMEOUT);
    }
}
