package org.campusnews.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.campusnews.CampusNewsApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The application with its embedded database in a kept data directory, run as a process of its own: killed with
 * {@code kill -9}, it leaves its PostgreSQL server running, and the next start stops that server and starts on the
 * same data without manual repair; stopped with SIGTERM while visitors read, every request it accepted is answered,
 * every view counted is written, and the database stops cleanly.
 */
class EmbeddedDatabaseRestartIntegrationTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Path data;
    private Process application;

    @AfterEach
    void stopEverything() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (data != null) {
            java.util.Optional<ProcessHandle> server = postmaster();
            if (server.isPresent()) {
                server.get().destroy();
                try {
                    server.get().onExit().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    server.get().destroyForcibly();
                }
            }
            FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void afterKillNineTheNextStartWorksOnTheSameDataAndAGracefulStopLosesNothing() throws Exception {
        data = Files.createTempDirectory("campusnews-embedded");
        int port = freePort();
        application = start(port, "first.log");
        long article = firstArticle(port);
        for (int i = 0; i < 5; i++) {
            assertThat(get(port, "/en/articles/" + article).statusCode()).isEqualTo(200);
        }
        Thread.sleep(1_500);

        application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle stray = postmaster().orElseThrow(() -> new AssertionError("no server left by the killed process"));
        assertThat(stray.isAlive()).as("the killed application's database server").isTrue();

        application = start(port, "second.log");
        assertThat(stray.isAlive()).as("the stray server, stopped").isFalse();
        assertThat(get(port, "/en/articles/" + article).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> StrayEmbeddedServer.stopIfRunning(data.resolve("postgres")))
                .as("a server whose application runs is never touched")
                .hasMessageContaining("Another application is running");

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentHashMap<String, Integer> otherAnswers = new ConcurrentHashMap<>();
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            visitors.submit(() -> {
                while (reading.get()) {
                    try {
                        int status = get(port, "/en/articles/" + article).statusCode();
                        if (status == 200) {
                            answered.incrementAndGet();
                        } else {
                            otherAnswers.merge(Integer.toString(status), 1, Integer::sum);
                        }
                    } catch (IOException refused) {
                        // the connector has stopped taking connections: what a stopped server does
                    }
                }
                return null;
            });
        }
        Thread.sleep(1_000);
        application.destroy();
        assertThat(application.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        reading.set(false);
        visitors.shutdown();
        assertThat(visitors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(otherAnswers).as("answers other than 200 while stopping").isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(data.resolve("postgres/postmaster.pid")).as("the database stopped cleanly").doesNotExist();
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
                Connection connection = database.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select browse_count from article where id = " + article)) {
            row.next();
            assertThat(row.getLong(1)).as("views: 6 before the kill (written), 1 after the start, then those answered")
                    .isEqualTo(initialCount + 6 + 1 + answered.get());
        }
    }

    private long initialCount;

    private long firstArticle(int port) throws Exception {
        String home = get(port, "/en/").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/en/articles/([0-9]+)").matcher(home);
        assertThat(link.find()).isTrue();
        long id = Long.parseLong(link.group(1));
        String page = get(port, "/en/articles/" + id).body();
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("article__browse-count\">([0-9,]+)<").matcher(page);
        initialCount = count.find() ? Long.parseLong(count.group(1).replace(",", "")) - 1 : -1;
        assertThat(initialCount).as("the page's browse count").isNotNegative();
        return id;
    }

    private java.util.Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pid)) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid, StandardCharsets.US_ASCII).get(0).strip()))
                .filter(ProcessHandle::isAlive);
    }

    private Process start(int port, String log) throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), CampusNewsApplication.class.getName(),
                "--server.port=" + port,
                "--campusnews.embedded-database.data-directory=" + data.resolve("postgres"),
                "--campusnews.media.directory=" + data.resolve("media"),
                "--campusnews.search.index-on-start=false"))
                .redirectErrorStream(true).redirectOutput(data.resolve(log).toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited: " + tail(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("not started within two minutes: " + tail(log));
    }

    private String tail(String log) {
        try {
            List<String> lines = Files.readAllLines(data.resolve(log));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", BROWSER).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
