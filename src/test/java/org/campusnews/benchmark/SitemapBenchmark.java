package org.campusnews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The sitemaps of the packaged application on a database of many articles: the index (rendered once, then kept),
 * the fullest articles' sitemap (25,000 articles, up to 50,000 addresses, streamed from the database), its 304
 * answer, four of them fetched at once, the pages' and the news sitemap, and the application's heap meanwhile (from
 * its GC log). The query plans of the range and the index are printed with their timings.
 * <p>
 * Part of the page benchmark's profile: {@code ./mvnw -Ppage-benchmark verify -Dit.test=SitemapBenchmark
 * -Dbenchmark.articles=1000000} (without {@code -Dit.test} it runs after the public pages benchmark). The figures are
 * printed and written to {@code target/benchmark/sitemaps.txt}.
 */
class SitemapBenchmark {

    private static final Path REPORTS = Path.of("target", "benchmark");
    private static final int ROUNDS = 5;
    private static final int KEPT_ROUNDS = 50;
    private static final int RANGE_SIZE = 25_000;
    private static final String VISIBLE = "a.status = 'PUBLISHED' and a.deleted_at is null and a.release_time <= now()";
    private static final Pattern AFTER_COLLECTION = Pattern.compile("\\bPause .*?\\d+[KMG]->(\\d+)([KMG])\\(");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void sitemapsStayFastAndFlatInMemory() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        System.out.println("Sitemap benchmark: " + settings.articles() + " articles, heap " + settings.heap());
        Path directory = Files.createTempDirectory("campusnews-sitemaps",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        StringBuilder report = new StringBuilder();
        try {
            run(settings, directory, report);
        } finally {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve("sitemaps.txt"), report);
            for (String log : List.of("app.log", "gc.log")) {
                if (Files.exists(directory.resolve(log))) {
                    Files.copy(directory.resolve(log), REPORTS.resolve("sitemaps-" + log), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            PublicPagesBenchmark.deleteRecursively(directory);
        }
        System.out.println();
        System.out.print(report);
        System.out.println("Written to " + REPORTS.resolve("sitemaps.txt"));
    }

    private void run(BenchmarkSettings settings, Path directory, StringBuilder report) throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.start(directory.resolve("postgres"))) {
            ArticleLoader.LoadedArticles loaded = new ArticleLoader(database.dataSource()).load(settings.articles());
            long fullest = database.queryForLong("select id / " + RANGE_SIZE
                    + " from article group by 1 order by count(*) desc, 1 limit 1");
            long inFullest = database.queryForLong("select count(*) from article where id / " + RANGE_SIZE + " = " + fullest);
            line(report, "Sitemaps: %,d articles (%,d language versions) loaded in %.1f s; heap -Xmx%s; median of %d rounds",
                    loaded.articles(), loaded.translations(), loaded.elapsed().toMillis() / 1000.0, settings.heap(), ROUNDS);
            line(report, "");
            String rangePath = "/sitemap-articles-" + fullest + ".xml";
            AppProcess app = AppProcess.start(settings.jar(), database.applicationJdbcUrl(), settings.heap(),
                    settings.appArguments(), directory);
            try (app) {
                app.awaitHealthy(http);
                Fetch firstIndex = fetch(app.uri("/sitemap.xml"), false);
                line(report, "%-44s %10s %12s %10s", "", "median ms", "bytes", "addresses");
                row(report, "/sitemap.xml, first (rendered)", firstIndex.millis(), firstIndex);
                row(report, "/sitemap.xml, kept", median(app.uri("/sitemap.xml"), KEPT_ROUNDS, false), firstIndex);
                Fetch pages = fetch(app.uri("/sitemap-pages.xml"), false);
                row(report, "/sitemap-pages.xml, first (rendered)", pages.millis(), pages);
                Fetch news = fetch(app.uri("/sitemap-news.xml"), false);
                row(report, "/sitemap-news.xml", median(app.uri("/sitemap-news.xml"), ROUNDS, false), news);
                Fetch range = fetch(app.uri(rangePath), false);
                assertThat(range.addresses()).as("addresses of " + rangePath).isPositive();
                row(report, rangePath + " (" + String.format(Locale.ROOT, "%,d", inFullest) + " articles)",
                        median(app.uri(rangePath), ROUNDS, false), range);
                Fetch zipped = fetch(app.uri(rangePath), true);
                row(report, rangePath + ", gzip", median(app.uri(rangePath), ROUNDS, true), zipped);
                line(report, "%-44s %10.1f", rangePath + ", 304 (If-None-Match)", notModified(app.uri(rangePath), range.etag()));
                line(report, "%-44s %10.1f", "4 of " + rangePath + " at once (all done)", together(app.uri(rangePath), 4));
                GcLog gc = GcLog.read(app.gcLog());
                line(report, "");
                line(report, "Heap: peak %,d MB in use before a collection, at most %,d MB after one (the live data); "
                                + "%d collections, %d full; out of memory: %s.",
                        gc.peakHeapBytes() >> 20, maxAfterCollection(app.gcLog()) >> 20, gc.pauses(), gc.fullPauses(),
                        app.ranOutOfMemory() ? "YES" : "no");
                assertThat(app.ranOutOfMemory()).as("out of memory").isFalse();
            }
            line(report, "");
            line(report, "Plan of the range's rows (%s):", rangePath);
            explain(database, report, List.of("enable_seqscan", "enable_sort"), """
                    select a.id, t.lang, a.updated_at, t.original
                    from article a join article_translation t on t.article_id = a.id
                    where a.id >= %1$d and a.id < %2$d and t.article_id >= %1$d and t.article_id < %2$d
                      and %3$s
                    order by a.id""".formatted(fullest * RANGE_SIZE, (fullest + 1) * RANGE_SIZE, VISIBLE));
            line(report, "Plan of the index's ranges:");
            explain(database, report, List.of(), """
                    select v.*
                    from generate_series(0, (select coalesce(max(id), 0) from article) / 25000) as r(n)
                    cross join lateral (
                        select r.n as range_number, count(*) filter (where %1$s) as visible_articles, count(*),
                               max(a.updated_at), max(a.release_time) filter (where %1$s)
                        from article a
                        where a.id >= r.n * 25000 and a.id < (r.n + 1) * 25000
                    ) v
                    where v.visible_articles > 0
                    order by v.range_number""".formatted(VISIBLE));
        }
    }

    private record Fetch(double millis, long bytes, int addresses, String etag) {
    }

    /** One GET, its body read as it arrives (never held whole), counting its bytes and addresses. */
    private Fetch fetch(URI uri, boolean gzip) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri)
                .header("Accept-Encoding", gzip ? "gzip" : "identity").build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        int addresses = 0;
        byte[] buffer = new byte[64 * 1024];
        byte[] tail = new byte[0];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(buffer)) >= 0; ) {
                bytes += read;
                if (!gzip) {
                    String text = new String(tail, StandardCharsets.ISO_8859_1) + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                    addresses += count(text, "<loc>");
                    tail = text.substring(Math.max(0, text.length() - 4)).getBytes(StandardCharsets.ISO_8859_1);
                }
            }
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return new Fetch((System.nanoTime() - start) / 1e6, bytes, addresses,
                response.headers().firstValue("ETag").orElse(null));
    }

    private double median(URI uri, int rounds, boolean gzip) throws IOException, InterruptedException {
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = fetch(uri, gzip).millis();
        }
        Arrays.sort(millis);
        return millis[rounds / 2];
    }

    private double notModified(URI uri, String etag) throws IOException, InterruptedException {
        double[] millis = new double[KEPT_ROUNDS];
        for (int i = 0; i < KEPT_ROUNDS; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.discarding());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 304) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + " to If-None-Match");
            }
        }
        Arrays.sort(millis);
        return millis[KEPT_ROUNDS / 2];
    }

    private double together(URI uri, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<Fetch>> fetches = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                fetches.add(pool.submit(() -> fetch(uri, false)));
            }
            for (Future<Fetch> fetch : fetches) {
                fetch.get();
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            pool.shutdown();
        }
    }

    /** The plan with the settings {@code sitemap/SitemapQueries} gives the statement (these off, no parallel workers, no JIT). */
    private static void explain(BenchmarkDatabase database, StringBuilder report, List<String> settings, String sql)
            throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String setting : settings) {
                statement.execute("set " + setting + " = off");
            }
            statement.execute("set max_parallel_workers_per_gather = 0");
            statement.execute("set jit = off");
            try (ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rows.next()) {
                    line(report, "  %s", rows.getString(1));
                }
            }
        }
    }

    private static long maxAfterCollection(Path gcLog) throws IOException {
        long max = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher pause = AFTER_COLLECTION.matcher(line);
            if (pause.find()) {
                long value = Long.parseLong(pause.group(1));
                max = Math.max(max, switch (pause.group(2)) {
                    case "K" -> value << 10;
                    case "M" -> value << 20;
                    default -> value << 30;
                });
            }
        }
        return max;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static void row(StringBuilder report, String label, double millis, Fetch fetch) {
        line(report, "%-44s %10.1f %12s %10s", label, millis, String.format(Locale.ROOT, "%,d", fetch.bytes()),
                fetch.addresses() == 0 ? "" : String.format(Locale.ROOT, "%,d", fetch.addresses()));
    }

    private static void line(StringBuilder report, String format, Object... arguments) {
        report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
