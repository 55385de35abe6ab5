package org.campusnews.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures, as a table to read ({@code .txt}) and as scope/metric/value rows ({@code .tsv}). */
record Report(BenchmarkSettings settings, ArticleLoader.LoadedArticles loaded, PublicPages pages,
        Measurements measured, GcLog gc, boolean outOfMemory) {

    private static final String ROW = "%-18s %-34s %8s %18s %8s %8s %12s %8s %8s %7s%n";
    private static final int STATEMENTS_SHOWN = 8;
    private static final int STATEMENT_WIDTH = 140;

    /** What failed of the checks the figures must pass; empty when all passed. */
    List<String> failures() {
        List<String> failures = new ArrayList<>();
        if (outOfMemory) {
            failures.add("the application ran out of memory");
        }
        if (!measured.loadPhaseViews().ok()) {
            failures.add("views counted under load: " + measured.loadPhaseViews());
        }
        if (!measured.exactPhaseViews().ok()) {
            failures.add("views counted exactly: " + measured.exactPhaseViews());
        }
        if (!measured.killedPhaseViews().ok()) {
            failures.add("views lost by a killed process: " + measured.killedPhaseViews());
        }
        return failures;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Public pages: %,d articles (%,d language versions) loaded in %.1f s; "
                        + "%d rounds of %d s per page and server, wrk -t2 -c%d; median of the rounds, (min)%n%n",
                loaded.articles(), loaded.translations(), loaded.elapsed().toMillis() / 1000.0, settings.rounds(),
                settings.durationSeconds(), settings.connections()));
        if (!settings.appArguments().isEmpty()) {
            out.append("Application arguments: ").append(String.join(" ", settings.appArguments())).append("\n\n");
        }
        out.append(String.format(Locale.ROOT, ROW, "page", "path", "bytes", "app req/s (min)", "p50 ms", "p99 ms",
                "static req/s", "ratio", "SQL/req", "tx/req"));
        for (PageMeasurement page : measured.pages()) {
            out.append(String.format(Locale.ROOT, ROW, page.page().name(), page.page().path(),
                    "%,d".formatted(page.bytes()),
                    "%,.0f (%,.0f)".formatted(page.appRequestsPerSecond(), page.appRequestsPerSecondMin()),
                    "%.2f".formatted(page.appP50Millis()), "%.2f".formatted(page.appP99Millis()),
                    "%,.0f".formatted(page.staticRequestsPerSecond()), "%.3f".formatted(page.ratioToStatic()),
                    "%.2f".formatted(page.queriesPerRequest()), "%.2f".formatted(page.transactionsPerRequest())));
        }
        out.append(String.format(Locale.ROOT, "%n"));
        if (!pages.deepPageNote().isEmpty()) {
            out.append("Deep page: ").append(pages.deepPageNote()).append(".\n");
        }
        out.append(String.format(Locale.ROOT,
                "Start: healthy %.1f s after the process started; cold start (first article page after that) %d ms.%n",
                measured.startup().toMillis() / 1000.0, measured.coldStart().toMillis()));
        out.append(String.format(Locale.ROOT,
                "Heap (-Xmx%s): peak %,d MB in use before a collection; %d collections, %d of them full; out of memory: %s.%n",
                settings.heap(), gc.peakHeapBytes() >> 20, gc.pauses(), gc.fullPauses(), outOfMemory ? "YES" : "no"));
        out.append("Views under load: ").append(measured.loadPhaseViews()).append(".\n");
        out.append("Views, exact phase: ").append(measured.exactPhaseViews()).append(".\n");
        out.append("Views, killed process: ").append(measured.killedPhaseViews()).append(".\n");
        long socketErrors = measured.pages().stream().mapToLong(PageMeasurement::socketErrors).sum();
        if (socketErrors > 0) {
            out.append(String.format(Locale.ROOT, "wrk reported %,d socket errors (connect, read, write, timeout).%n",
                    socketErrors));
        }
        out.append(String.format(Locale.ROOT,
                "%nStatements of a request (sample of %d requests per page, one at a time), most run first: runs per request, mean ms in the database%n",
                PublicPagesBenchmark.STATEMENT_SAMPLE));
        for (PageMeasurement page : measured.pages()) {
            out.append("  ").append(page.page().name()).append('\n');
            for (Map.Entry<String, StatementCounts.Usage> statement : page.sampledStatements(STATEMENTS_SHOWN)) {
                StatementCounts.Usage usage = statement.getValue();
                out.append(String.format(Locale.ROOT, "    %5.2f %8.3f  %s%n", (double) usage.calls() / page.sampledRequests(),
                        usage.millis() / usage.calls(), abbreviated(statement.getKey())));
            }
        }
        out.append("""

                static req/s: nginx serving byte-identical copies of the pages, its rounds interleaved with the \
                application's; ratio = app req/s / static req/s.
                SQL/req: queries and data changes the application ran per request (pg_stat_statements, its database \
                user only), exactly, from a sample of requests sent one at a time after the rounds; tx/req: \
                transactions per request, counted by their BEGIN. The statements per request completed during the \
                rounds are in the .tsv (a little higher: requests in flight at a round's end are not completed).
                """);
        return out.toString();
    }

    String tsv() {
        StringBuilder out = new StringBuilder("scope\tmetric\tvalue\n");
        row(out, "run", "articles", loaded.articles());
        row(out, "run", "language_versions", loaded.translations());
        row(out, "run", "load_seconds", loaded.elapsed().toMillis() / 1000.0);
        row(out, "run", "rounds", settings.rounds());
        row(out, "run", "round_seconds", settings.durationSeconds());
        row(out, "run", "connections", settings.connections());
        row(out, "run", "heap", settings.heap());
        row(out, "run", "startup_ms", measured.startup().toMillis());
        row(out, "run", "cold_start_ms", measured.coldStart().toMillis());
        row(out, "run", "peak_heap_bytes", gc.peakHeapBytes());
        row(out, "run", "gc_pauses", gc.pauses());
        row(out, "run", "gc_full_pauses", gc.fullPauses());
        row(out, "run", "out_of_memory", outOfMemory);
        row(out, "run", "load_phase_views_counted", measured.loadPhaseViews().counted().article());
        row(out, "run", "load_phase_requests_completed", measured.loadPhaseViews().completed());
        row(out, "run", "exact_phase_views_sent", measured.exactPhaseViews().browserGets());
        row(out, "run", "exact_phase_views_counted", measured.exactPhaseViews().counted().article());
        row(out, "run", "killed_phase_requests_completed", measured.killedPhaseViews().completed());
        row(out, "run", "killed_phase_views_lost", measured.killedPhaseViews().lost());
        for (PageMeasurement page : measured.pages()) {
            String scope = page.page().name().replace(' ', '_');
            row(out, scope, "path", page.page().path());
            row(out, scope, "bytes", page.bytes());
            row(out, scope, "app_requests_per_second_median", page.appRequestsPerSecond());
            row(out, scope, "app_requests_per_second_min", page.appRequestsPerSecondMin());
            row(out, scope, "app_p50_ms", page.appP50Millis());
            row(out, scope, "app_p99_ms", page.appP99Millis());
            row(out, scope, "static_requests_per_second_median", page.staticRequestsPerSecond());
            row(out, scope, "static_p50_ms", page.staticP50Millis());
            row(out, scope, "static_p99_ms", page.staticP99Millis());
            row(out, scope, "ratio_to_static", page.ratioToStatic());
            row(out, scope, "sql_statements_per_request", page.queriesPerRequest());
            row(out, scope, "transactions_per_request", page.transactionsPerRequest());
            row(out, scope, "sql_statements_per_completed_request_under_load", page.queriesPerRequestUnderLoad());
            row(out, scope, "socket_errors", page.socketErrors());
        }
        return out.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("public-pages.txt"), text());
        Files.writeString(directory.resolve("public-pages.tsv"), tsv());
    }

    private static String abbreviated(String statement) {
        String oneLine = statement.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= STATEMENT_WIDTH ? oneLine : oneLine.substring(0, STATEMENT_WIDTH - 1) + "…";
    }

    private static void row(StringBuilder out, String scope, String metric, Object value) {
        String shown = value instanceof Double number ? String.format(Locale.ROOT, "%.3f", number) : String.valueOf(value);
        out.append(scope).append('\t').append(metric).append('\t').append(shown).append('\n');
    }
}
