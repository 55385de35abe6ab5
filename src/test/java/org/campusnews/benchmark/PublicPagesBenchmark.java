package org.campusnews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Throughput and latency of the public pages of the packaged application, on a database of many articles, against
 * nginx serving byte-identical static copies of the same pages in the same run. Also counts the SQL statements per
 * request, the heap the application needed, and checks that views are counted exactly.
 * <p>
 * Run it with {@code ./mvnw -Ppage-benchmark verify} (see README, "Benchmark"); it needs wrk and nginx. The figures
 * are printed and written to {@code target/benchmark/public-pages.txt} and {@code .tsv}.
 */
class PublicPagesBenchmark {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0 Safari/537.36";

    /** Requests per page sent one at a time to count the statements of a request exactly. */
    static final int STATEMENT_SAMPLE = 100;

    private static final Path REPORTS = Path.of("target", "benchmark");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void publicPagesAgainstAStaticCopy() throws Exception {
        Tools tools = Tools.find();
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        System.out.println("Public pages benchmark: " + settings);
        Path directory = Files.createTempDirectory("campusnews-benchmark",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            Report report = run(tools, settings, directory);
            report.write(REPORTS);
            System.out.println();
            System.out.print(report.text());
            System.out.println("Written to " + REPORTS.resolve("public-pages.txt") + " and public-pages.tsv");
            assertThat(report.failures()).as("checks of the public pages benchmark").isEmpty();
        } finally {
            keepLogs(directory);
            deleteRecursively(directory);
        }
    }

    private Report run(Tools tools, BenchmarkSettings settings, Path directory) throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.start(directory.resolve("postgres"))) {
            System.out.printf("Loading %,d articles%n", settings.articles());
            ArticleLoader.LoadedArticles loaded = new ArticleLoader(database.dataSource()).load(settings.articles());
            System.out.printf("Loaded in %.1f s%n", loaded.elapsed().toMillis() / 1000.0);
            PublicPages pages = PublicPages.choose(database);
            if (!pages.deepPageNote().isEmpty()) {
                System.out.println("Deep page: " + pages.deepPageNote());
            }
            AppProcess app = AppProcess.start(settings.jar(), database.applicationJdbcUrl(), settings.heap(),
                    settings.appArguments(), directory);
            Measurements measurements;
            try (app) {
                measurements = measure(tools, settings, directory, database, pages, app);
            }
            return new Report(settings, loaded, pages, measurements, GcLog.read(app.gcLog()), app.ranOutOfMemory());
        }
    }

    private Measurements measure(Tools tools, BenchmarkSettings settings, Path directory, BenchmarkDatabase database,
            PublicPages pages, AppProcess app) throws Exception {
        Duration startup = app.awaitHealthy(http);
        long start = System.nanoTime();
        fetch(app.uri(pages.article().path()));
        Duration coldStart = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Healthy after %.1f s; first article page in %d ms%n", startup.toMillis() / 1000.0,
                coldStart.toMillis());

        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (Page page : pages.pages()) {
            bodies.put(page.path(), fetch(app.uri(page.path())));
        }
        BrowseCounts counts = new BrowseCounts(database, pages.articleId());
        List<PageMeasurement> measured = new ArrayList<>();
        BrowseCounts.LoadPhase loadPhase;
        try (StaticCopyServer nginx = StaticCopyServer.start(tools.nginx(),
                Files.createDirectory(directory.resolve("nginx")), bodies)) {
            for (Page page : pages.pages()) {
                if (!Arrays.equals(fetch(nginx.uri(page.path())), bodies.get(page.path()))) {
                    throw new IllegalStateException("nginx does not serve the copy of " + page.path());
                }
            }
            Wrk wrk = new Wrk(tools.wrk(), settings.connections(), BROWSER);
            for (Page page : pages.pages()) {
                System.out.println("Warming up " + page.path());
                wrk.run(app.uri(page.path()), settings.warmupSeconds());
                wrk.run(nginx.uri(page.path()), settings.warmupSeconds());
            }
            BrowseCounts.Reading before = counts.settledReading();
            for (Page page : pages.pages()) {
                measured.add(measure(page, bodies.get(page.path()).length, settings, wrk, app, nginx, database));
            }
            PageMeasurement article = measured.get(0);
            loadPhase = new BrowseCounts.LoadPhase(counts.settledReading().minus(before), article.appRequests(),
                    (long) settings.connections() * settings.rounds() + article.appSocketErrors());
        }
        System.out.println("Views under load: " + loadPhase);
        for (PageMeasurement page : measured) {
            StatementCounts before = database.applicationStatements();
            for (int i = 0; i < STATEMENT_SAMPLE; i++) {
                fetch(app.uri(page.page().path()));
            }
            page.setSample(STATEMENT_SAMPLE, database.applicationStatements().minus(before));
        }
        BrowseCounts.ExactPhase exactPhase = new ExactViewCount(http, BROWSER, settings.connections())
                .run(app.uri(pages.article().path()), counts);
        System.out.println("Views, exact phase: " + exactPhase);
        BrowseCounts.KilledPhase killedPhase = KillUnderLoad.run(new Wrk(tools.wrk(), settings.connections(), BROWSER),
                app, app.uri(pages.article().path()), counts, settings.appArguments(), settings.connections());
        System.out.println("Views, killed process: " + killedPhase);
        return new Measurements(startup, coldStart, measured, loadPhase, exactPhase, killedPhase);
    }

    /** The page's rounds, each against the application and then against the static copy. */
    private static PageMeasurement measure(Page page, int bytes, BenchmarkSettings settings, Wrk wrk, AppProcess app,
            StaticCopyServer nginx, BenchmarkDatabase database) throws IOException, InterruptedException, SQLException {
        PageMeasurement measurement = new PageMeasurement(page, bytes);
        for (int round = 1; round <= settings.rounds(); round++) {
            StatementCounts before = database.applicationStatements();
            WrkResult appRound = wrk.run(app.uri(page.path()), settings.durationSeconds());
            measurement.addAppRound(appRound, database.applicationStatements().minus(before));
            WrkResult staticRound = wrk.run(nginx.uri(page.path()), settings.durationSeconds());
            measurement.addStaticRound(staticRound);
            System.out.printf("%-18s round %d: app %,9.0f req/s p99 %7.2f ms | static %,9.0f req/s p99 %7.2f ms%n",
                    page.name(), round, appRound.requestsPerSecond(), appRound.p99Millis(),
                    staticRound.requestsPerSecond(), staticRound.p99Millis());
            if (appRound.unexpectedStatus() > 0 || staticRound.unexpectedStatus() > 0) {
                throw new IllegalStateException(page.path() + " answered with an unexpected status under load");
            }
        }
        return measurement;
    }

    /** The page's bytes as sent without compression; the page must answer 200. */
    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                        .header("User-Agent", BROWSER)
                        .header("Accept-Encoding", "identity")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The application's output and GC log, kept beside the report for a look after the run. */
    private static void keepLogs(Path directory) throws IOException {
        Files.createDirectories(REPORTS);
        for (String log : List.of("app.log", "gc.log")) {
            Path file = directory.resolve(log);
            if (Files.exists(file)) {
                Files.copy(file, REPORTS.resolve("public-pages-" + log), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
