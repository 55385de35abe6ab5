package org.campusnews.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the public pages benchmark is run with, from system properties ({@code -Dbenchmark.articles=1000000} on the
 * Maven command line).
 *
 * @param articles how many articles are loaded
 * @param durationSeconds the length of one measured wrk round
 * @param rounds measured rounds per page, against the application and against the static copy each
 * @param connections open connections of each wrk round
 * @param warmupSeconds the length of the unmeasured wrk round that warms each page up
 * @param heap the application's maximum heap, as given to {@code -Xmx}
 * @param jar the packaged application
 * @param appArguments further arguments for the application, such as a setting to compare
 *        ({@code -Dbenchmark.app-arguments="--server.tomcat.threads.max=4"})
 */
record BenchmarkSettings(int articles, int durationSeconds, int rounds, int connections, int warmupSeconds,
        String heap, Path jar, List<String> appArguments) {

    static BenchmarkSettings fromSystemProperties() throws IOException {
        return fromSystemProperties(10_000);
    }

    /** The settings, with this many articles unless {@code benchmark.articles} says otherwise. */
    static BenchmarkSettings fromSystemProperties(int defaultArticles) throws IOException {
        return new BenchmarkSettings(
                Integer.getInteger("benchmark.articles", defaultArticles),
                Integer.getInteger("benchmark.duration", 10),
                Integer.getInteger("benchmark.rounds", 3),
                Integer.getInteger("benchmark.connections", 32),
                Integer.getInteger("benchmark.warmup", 5),
                System.getProperty("benchmark.heap", "512m"),
                packagedJar(Path.of("target")),
                List.of(System.getProperty("benchmark.app-arguments", "").strip().split("\\s+")).stream()
                        .filter(argument -> !argument.isEmpty()).toList());
    }

    private static Path packagedJar(Path target) throws IOException {
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "campus-news-*.jar")) {
                found.forEach(jars::add);
            }
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("Expected one packaged application target/campus-news-*.jar, found " + jars
                    + ": run the benchmark through Maven's verify phase, which packages it first");
        }
        return jars.get(0).toAbsolutePath();
    }

    @Override
    public String toString() {
        return "%,d articles, %d rounds of %d s per page, %d connections, %d s warm-up, heap %s%s"
                .formatted(articles, rounds, durationSeconds, connections, warmupSeconds, heap,
                        appArguments.isEmpty() ? "" : ", application arguments " + String.join(" ", appArguments));
    }
}
