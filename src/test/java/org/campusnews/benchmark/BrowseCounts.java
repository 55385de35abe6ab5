package org.campusnews.benchmark;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Reads the browse counts the application stored. Counting may be batched in memory and written later, so each
 * reading first waits long enough for any batch to have been written.
 */
final class BrowseCounts {

    private static final Duration SETTLE = Duration.ofSeconds(3);

    private final BenchmarkDatabase database;
    private final long articleId;

    BrowseCounts(BenchmarkDatabase database, long articleId) {
        this.database = database;
        this.articleId = articleId;
    }

    Reading settledReading() throws SQLException, InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        return new Reading(database.queryForLong("select browse_count from article where id = " + articleId),
                database.queryForLong("select sum(browse_count) from article"));
    }

    /** The measured article's count, and the sum of all articles' counts. */
    record Reading(long article, long all) {

        Reading minus(Reading earlier) {
            return new Reading(article - earlier.article, all - earlier.all);
        }
    }

    /**
     * Views counted while wrk loaded the article page, against the requests wrk completed. The server may have
     * counted more: requests still in flight when a round ended reached it but were not completed for wrk.
     */
    record LoadPhase(Reading counted, long completed, long allowedInFlight) {

        boolean ok() {
            return counted.article() == counted.all() && counted.article() >= completed
                    && counted.article() - completed <= allowedInFlight;
        }

        @Override
        public String toString() {
            return "%,d views counted for %,d requests completed (at most %,d more allowed: requests in flight at the end of rounds); other articles %,d: %s"
                    .formatted(counted.article(), completed, allowedInFlight, counted.all() - counted.article(),
                            ok() ? "ok" : "FAILED");
        }
    }

    /**
     * The exact phase: only GETs from browsers count, HEAD requests and crawlers do not; the page then shows the count
     * stored. Nothing is in flight when the page is read, so shown and stored counts must be equal.
     */
    record ExactPhase(int browserGets, int heads, int crawlerGets, Reading counted, long shown, long stored) {

        boolean ok() {
            return counted.article() == browserGets && counted.all() == browserGets && shown == stored;
        }

        @Override
        public String toString() {
            return "%,d browser GETs, %,d HEADs and %,d crawler GETs counted as %,d views (all articles %,d); the page then showed %,d, the database holds %,d: %s"
                    .formatted(browserGets, heads, crawlerGets, counted.article(), counted.all(), shown, stored,
                            ok() ? "ok" : "FAILED");
        }
    }

    /**
     * Views lost when the process is killed under load: the requests wrk completed before the kill that the database
     * does not hold. At most the views of one flush interval (plus the write in progress) may be lost; the database
     * may hold up to one view per connection more than wrk completed (answers in flight at the kill).
     */
    record KilledPhase(long completed, Duration untilKill, Reading counted, Duration flushInterval, int inFlight) {

        /** What a write in progress and the timing of the kill may add to one interval. */
        private static final Duration SLACK = Duration.ofMillis(250);

        long lost() {
            return completed - counted.article();
        }

        double viewsPerSecond() {
            return completed / (untilKill.toNanos() / 1e9);
        }

        double lostSeconds() {
            return lost() / viewsPerSecond();
        }

        boolean ok() {
            return lost() >= -inFlight && counted.all() == counted.article()
                    && lostSeconds() <= (flushInterval.plus(SLACK).toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return "%,d requests completed in %.1f s (%,.0f views a second), then kill -9: %,d views lost, %.2f s of that traffic (flush interval %s, at most %.2f s allowed): %s"
                    .formatted(completed, untilKill.toNanos() / 1e9, viewsPerSecond(), lost(), lostSeconds(),
                            flushInterval, flushInterval.plus(SLACK).toNanos() / 1e9, ok() ? "ok" : "FAILED");
        }
    }
}
