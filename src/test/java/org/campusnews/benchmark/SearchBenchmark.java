package org.campusnews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Latency of the public search page of the packaged application on a database of many articles, for two-character
 * Chinese, single English and mixed queries at 1 and 16 connections, with the page cache keeping no search page; the
 * rate of the index rebuild command, once alone and once while the site is being searched; and the index's size.
 * <p>
 * Run it with {@code ./mvnw -Psearch-benchmark verify} (see README, "Benchmark"); it needs wrk. The figures are
 * printed and written to {@code target/benchmark/search.txt}.
 */
class SearchBenchmark {

    /** Common and rarer terms of the demo texts the loaded articles are made of. */
    private static final List<Query> QUERIES = List.of(
            new Query("two Chinese characters, common", "zh", "学生"),
            new Query("two Chinese characters, rarer", "zh", "奖学"),
            new Query("English word, common", "en", "students"),
            new Query("English word, rarer", "en", "scholarship"),
            new Query("mixed, a number and Chinese", "zh", "425 报名"),
            new Query("mixed, a number and Chinese", "zh", "1986 校友"));
    private static final List<Integer> CONNECTIONS = List.of(1, 16);
    private static final Path REPORTS = Path.of("target", "benchmark");
    private static final Pattern REBUILT = Pattern.compile("Rebuilt the search index: (\\d+) articles, (\\d+) rows "
            + "written, \\d+ rows removed in ([\\d.]+) s");
    private static final Pattern PERCENTILES = Pattern.compile("^percentiles-us p50=([\\d.]+) p95=([\\d.]+) "
            + "p99=([\\d.]+)$", Pattern.MULTILINE);
    /** Prints the percentiles wrk's own report leaves out (p95), in microseconds. */
    private static final String PERCENTILE_SCRIPT = """
            done = function(summary, latency, requests)
              io.write(string.format("percentiles-us p50=%d p95=%d p99=%d\\n",
                latency:percentile(50), latency:percentile(95), latency:percentile(99)))
            end
            """;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void searchAtScale() throws Exception {
        Path wrk = Tools.find().wrk();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties(100_000);
        Path directory = Files.createTempDirectory("campusnews-search-benchmark",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path script = Files.writeString(directory.resolve("percentiles.lua"), PERCENTILE_SCRIPT);
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (BenchmarkDatabase database = BenchmarkDatabase.start(directory.resolve("postgres"))) {
            System.out.printf("Loading %,d articles%n", settings.articles());
            ArticleLoader.LoadedArticles loaded = new ArticleLoader(database.dataSource()).load(settings.articles());
            report.add("Search benchmark: %,d articles (%,d language versions), %d s per round, heap %s"
                    .formatted(loaded.articles(), loaded.translations(), settings.durationSeconds(), settings.heap()));

            Rebuild alone = rebuild(settings, database, directory, "rebuild-alone.log");
            report.add(alone.line("Index rebuild, the site idle"));
            long bytes = single(database, "select pg_total_relation_size('article_search')");
            report.add("Index size: %.0f MB in all (table, GIN and other indexes), %.0f MB per 100,000 articles"
                    .formatted(bytes / 1e6, bytes / 1e6 * 100_000 / loaded.articles()));
            if (alone.articlesPerSecond() < 2_000) {
                failures.add("the rebuild ran at %.0f articles/s, under 2,000".formatted(alone.articlesPerSecond()));
            }

            List<String> arguments = new ArrayList<>(settings.appArguments());
            arguments.add("--campusnews.search.kept-pages=0");
            try (AppProcess app = AppProcess.start(settings.jar(), database.applicationJdbcUrl(), settings.heap(),
                    arguments, directory)) {
                app.awaitHealthy(http);
                report.add("");
                report.add("%-32s %-16s %6s %9s %8s %8s %8s %8s".formatted("query", "", "conns", "results", "req/s",
                        "p50 ms", "p95 ms", "p99 ms"));
                for (Query query : QUERIES) {
                    URI uri = app.uri(query.path());
                    String results = resultCount(uri);
                    round(wrk, script, 1, uri, settings.warmupSeconds());
                    for (int connections : CONNECTIONS) {
                        Round round = round(wrk, script, connections, uri, settings.durationSeconds());
                        String line = "%-32s %-16s %6d %9s %,8.0f %8.1f %8.1f %8.1f".formatted(query.kind(),
                                query.text(), connections, results, round.result().requestsPerSecond(), round.p50(),
                                round.p95(), round.p99());
                        System.out.println(line);
                        report.add(line);
                        double target = settings.articles() <= 100_000 ? 50 : 100;
                        if (round.p95() > target) {
                            failures.add("%s at %d connections: p95 %.1f ms over %.0f ms".formatted(query.text(),
                                    connections, round.p95(), target));
                        }
                        if (round.result().unexpectedStatus() > 0 || round.result().socketErrors() > 0) {
                            failures.add(query.text() + " answered errors under load");
                        }
                    }
                }

                if (Boolean.parseBoolean(System.getProperty("benchmark.rebuild-under-load", "true"))) {
                    Query searched = QUERIES.get(1);
                    Process rebuildProcess = startRebuild(settings, database, directory, "rebuild-under-load.log");
                    Round during = round(wrk, script, 1, app.uri(searched.path()), settings.durationSeconds());
                    Rebuild underLoad = awaitRebuild(rebuildProcess, directory.resolve("rebuild-under-load.log"));
                    report.add("");
                    report.add(underLoad.line("Index rebuild while \"" + searched.text() + "\" is searched"));
                    report.add("  search meanwhile (first %d s): %,.0f req/s, p95 %.1f ms, %d errors".formatted(
                            settings.durationSeconds(), during.result().requestsPerSecond(), during.p95(),
                            during.result().unexpectedStatus() + during.result().socketErrors()));
                    if (during.result().unexpectedStatus() + during.result().socketErrors() > 0) {
                        failures.add("searches failed during the rebuild");
                    }
                }
            } finally {
                Files.createDirectories(REPORTS);
                for (String log : List.of("app.log", "rebuild-alone.log", "rebuild-under-load.log")) {
                    if (Files.exists(directory.resolve(log))) {
                        Files.copy(directory.resolve(log), REPORTS.resolve("search-" + log),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            keptPages(wrk, script, settings, database, Files.createDirectory(directory.resolve("kept")), report);
        }
        PublicPagesBenchmark.deleteRecursively(directory);
        report.add("");
        report.add(failures.isEmpty() ? "All targets met." : "Missed: " + String.join("; ", failures));
        String text = String.join("\n", report) + "\n";
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve("search.txt"), text);
        System.out.println();
        System.out.print(text);
        assertThat(failures).as("targets of the search benchmark").isEmpty();
    }

    /**
     * The same queries with the page cache as configured by default: a query asked again is answered from memory
     * until something visitors see changes. Reported beside the computed searches; no target applies.
     */
    private void keptPages(Path wrk, Path script, BenchmarkSettings settings, BenchmarkDatabase database, Path directory,
            List<String> report) throws Exception {
        try (AppProcess app = AppProcess.start(settings.jar(), database.applicationJdbcUrl(), settings.heap(),
                settings.appArguments(), directory)) {
            app.awaitHealthy(http);
            report.add("");
            report.add("Kept by the page cache (default settings):");
            for (Query query : QUERIES) {
                URI uri = app.uri(query.path());
                round(wrk, script, 1, uri, settings.warmupSeconds());
                Round round = round(wrk, script, 16, uri, settings.durationSeconds());
                String line = "%-32s %-16s %6d %9s %,8.0f %8.2f %8.2f %8.2f".formatted(query.kind(), query.text(), 16,
                        "", round.result().requestsPerSecond(), round.p50(), round.p95(), round.p99());
                System.out.println(line);
                report.add(line);
            }
        }
    }

    private record Query(String kind, String language, String text) {

        String path() {
            return "/" + language + "/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private record Round(WrkResult result, double p50, double p95, double p99) {
    }

    private record Rebuild(long articles, long rows, double seconds, double wallSeconds) {

        double articlesPerSecond() {
            return articles / seconds;
        }

        String line(String name) {
            return "%s: %,d articles (%,d rows) in %.1f s, %,.0f articles/s (%.1f s with the JVM's start)"
                    .formatted(name, articles, rows, seconds, articlesPerSecond(), wallSeconds);
        }
    }

    private static Round round(Path wrk, Path script, int connections, URI uri, int seconds)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(wrk.toString(), "-t" + Math.min(2, connections),
                "-c" + connections, "-d" + seconds + "s", "--latency", "-s", script.toString(),
                "-H", "User-Agent: " + PublicPagesBenchmark.BROWSER, uri.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed on " + uri + ":\n" + output);
        }
        Matcher percentiles = PERCENTILES.matcher(output);
        if (!percentiles.find()) {
            throw new IllegalStateException("No percentiles in wrk's output:\n" + output);
        }
        return new Round(WrkResult.parse(output), Double.parseDouble(percentiles.group(1)) / 1000,
                Double.parseDouble(percentiles.group(2)) / 1000, Double.parseDouble(percentiles.group(3)) / 1000);
    }

    private Rebuild rebuild(BenchmarkSettings settings, BenchmarkDatabase database, Path directory, String log)
            throws IOException, InterruptedException {
        return awaitRebuild(startRebuild(settings, database, directory, log), directory.resolve(log));
    }

    private static Process startRebuild(BenchmarkSettings settings, BenchmarkDatabase database, Path directory,
            String log) throws IOException {
        System.out.println("Rebuilding the search index (" + log + ")");
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-jar", settings.jar().toString(), "--campusnews.search.rebuild",
                "--spring.datasource.url=" + database.applicationJdbcUrl(),
                "--spring.datasource.username=" + BenchmarkDatabase.APP_USER, "--spring.datasource.password=",
                "--campusnews.media.directory=" + directory.resolve("media")))
                .redirectErrorStream(true).redirectOutput(directory.resolve(log).toFile()).start();
    }

    private static Rebuild awaitRebuild(Process process, Path log) throws IOException, InterruptedException {
        long start = process.info().startInstant().map(instant -> instant.toEpochMilli())
                .orElse(System.currentTimeMillis());
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("The rebuild failed; see " + log + ":\n" + Files.readString(log));
        }
        double wall = (System.currentTimeMillis() - start) / 1000.0;
        Matcher rebuilt = REBUILT.matcher(Files.readString(log));
        if (!rebuilt.find()) {
            throw new IllegalStateException("The rebuild did not report its work; see " + log);
        }
        return new Rebuild(Long.parseLong(rebuilt.group(1)), Long.parseLong(rebuilt.group(2)),
                Double.parseDouble(rebuilt.group(3)), wall);
    }

    /** The page's count of results, as it shows it; the page must answer 200. */
    private String resultCount(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("User-Agent",
                PublicPagesBenchmark.BROWSER).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        Matcher count = Pattern.compile("(?:共|超过) ([\\d,]+) 条|([\\d,]+) results?").matcher(response.body());
        return !count.find() ? "0" : count.group(1) != null ? count.group(1) : count.group(2);
    }

    private static long single(BenchmarkDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
