package org.campusnews.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.convert.DurationStyle;

/**
 * The last phase: the application is killed with SIGKILL while wrk reads the article page, and the views the database
 * holds are compared with the requests wrk had completed. The kill falls between two writes of the counts, half an
 * interval in.
 */
final class KillUnderLoad {

    private static final int LOAD_SECONDS = 8;
    private static final Duration KILL_AFTER = Duration.ofMillis(4_500);
    private static final String FLUSH_INTERVAL_ARGUMENT = "--campusnews.browse-counts.flush-interval=";

    private KillUnderLoad() {
    }

    static BrowseCounts.KilledPhase run(Wrk wrk, AppProcess app, URI article, BrowseCounts counts,
            List<String> appArguments, int connections) throws Exception {
        BrowseCounts.Reading before = counts.settledReading();
        ExecutorService load = Executors.newSingleThreadExecutor();
        try {
            long start = System.nanoTime();
            Future<WrkResult> result = load.submit(() -> wrk.run(article, LOAD_SECONDS));
            Thread.sleep(KILL_AFTER.toMillis());
            app.kill();
            Duration untilKill = Duration.ofNanos(System.nanoTime() - start);
            WrkResult completed = result.get();
            BrowseCounts.Reading counted = counts.settledReading().minus(before);
            return new BrowseCounts.KilledPhase(completed.requests(), untilKill, counted, flushInterval(appArguments),
                    connections);
        } finally {
            load.shutdownNow();
        }
    }

    /** The application's default unless the benchmark's arguments for it set another. */
    private static Duration flushInterval(List<String> appArguments) {
        return appArguments.stream()
                .filter(argument -> argument.startsWith(FLUSH_INTERVAL_ARGUMENT))
                .map(argument -> DurationStyle.detectAndParse(argument.substring(FLUSH_INTERVAL_ARGUMENT.length())))
                .reduce((first, last) -> last)
                .orElse(Duration.ofSeconds(1));
    }
}
