package org.campusnews.article;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.campusnews.config.CampusNewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts page views in memory and writes them to the database in batches: one statement per flush for all the
 * articles viewed since the last one, so a popular article costs no commit per view and visitors never queue on its
 * row. The count shown is the stored count plus the views not yet written. Stopping the application writes what is
 * left; a killed process loses at most the views of the last flush interval.
 */
@Component
public class BrowseCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BrowseCounter.class);

    /** Tallies with nothing left to write are dropped after this long without a view, so memory stays bounded. */
    private static final long IDLE_NANOS = Duration.ofMinutes(1).toNanos();

    /** Marks a tally being dropped: a view that finds it starts a new one from the database's count. */
    private static final long RETIRED = Long.MIN_VALUE;

    private static final String FLUSH = """
            update article a set browse_count = a.browse_count + v.views
            from unnest(cast(? as bigint[]), cast(? as bigint[])) as v(id, views)
            where a.id = v.id
            returning a.id, a.browse_count""";

    private final Map<Long, Tally> tallies = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong counted = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private volatile long lastWrittenNanos = System.nanoTime();
    private final DataSource dataSource;
    private final Duration interval;
    private ScheduledExecutorService flusher;

    BrowseCounter(DataSource dataSource, CampusNewsProperties properties) {
        this.dataSource = dataSource;
        this.interval = properties.browseCounts().flushInterval();
    }

    /** Adds one view and returns the count including it; {@code stored} gives the database's count when needed. */
    public long countView(long articleId, LongSupplier stored) {
        while (true) {
            Tally tally = tallies.computeIfAbsent(articleId, id -> new Tally(stored.getAsLong()));
            if (tally.unwritten.getAndUpdate(count -> count < 0 ? count : count + 1) >= 0) {
                tally.lastView = System.nanoTime();
                counted.incrementAndGet();
                return tally.shown.incrementAndGet();
            }
            tallies.remove(articleId, tally);
        }
    }

    /** The count as a visitor sees it, without counting a view. */
    public long current(long articleId, LongSupplier stored) {
        Tally tally = tallies.get(articleId);
        return tally == null ? stored.getAsLong() : tally.shown.get();
    }

    /** Writes every view counted so far in one statement. Views whose write fails are kept for the next flush. */
    public synchronized void flush() {
        List<Long> ids = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        List<Tally> taken = new ArrayList<>();
        tallies.forEach((id, tally) -> {
            long count = tally.unwritten.getAndUpdate(unwritten -> unwritten < 0 ? unwritten : 0);
            if (count > 0) {
                ids.add(id);
                views.add(count);
                taken.add(tally);
            }
        });
        if (!ids.isEmpty()) {
            try {
                write(ids, views);
            } catch (SQLException | RuntimeException e) {
                for (int i = 0; i < taken.size(); i++) {
                    taken.get(i).unwritten.addAndGet(views.get(i));
                }
                log.warn("Could not write {} articles' views; they are kept for the next attempt: {}", ids.size(), e.toString());
                return;
            }
            written.addAndGet(views.stream().mapToLong(Long::longValue).sum());
        }
        long now = System.nanoTime();
        lastWrittenNanos = now;
        tallies.forEach((id, tally) -> {
            if (now - tally.lastView > IDLE_NANOS && tally.unwritten.compareAndSet(0, RETIRED)) {
                tallies.remove(id, tally);
            }
        });
    }

    private void write(List<Long> ids, List<Long> views) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FLUSH)) {
            connection.setAutoCommit(true);
            Array idArray = connection.createArrayOf("bigint", ids.toArray());
            Array viewArray = connection.createArrayOf("bigint", views.toArray());
            statement.setArray(1, idArray);
            statement.setArray(2, viewArray);
            try (ResultSet stored = statement.executeQuery()) {
                while (stored.next()) {
                    Tally tally = tallies.get(stored.getLong(1));
                    if (tally != null) {
                        // Another instance may have written views too: catch up, never going back.
                        long count = stored.getLong(2) + tally.unwritten.get();
                        tally.shown.accumulateAndGet(count, Math::max);
                    }
                }
            }
        }
    }

    /** Views counted since the start, on this instance. */
    public long counted() {
        return counted.get();
    }

    /** Views written to the database since the start, by this instance. */
    public long written() {
        return written.get();
    }

    /** How long ago the last flush succeeded (with or without views to write): it grows while the database is away. */
    public java.time.Duration sinceLastWrite() {
        return java.time.Duration.ofNanos(System.nanoTime() - lastWrittenNanos);
    }

    /** Views counted and not yet written, for all articles. */
    public long unwritten() {
        return tallies.values().stream().mapToLong(tally -> Math.max(0, tally.unwritten.get())).sum();
    }

    @Override
    public synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "browse-count-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Writing views failed", e);
        }
    }

    /** Runs after the web server has finished its requests, and before the database connections close. */
    @Override
    public synchronized void stop() {
        if (flusher != null) {
            flusher.shutdown();
            try {
                flusher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            flusher = null;
        }
        flush();
        long lost = unwritten();
        if (lost > 0) {
            log.error("{} views could not be written before the application stopped", lost);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return flusher != null;
    }

    /** Below the web server's phases, so it stops after the last request was answered. */
    @Override
    public int getPhase() {
        return 0;
    }

    private static final class Tally {
        final AtomicLong shown;
        final AtomicLong unwritten = new AtomicLong();
        volatile long lastView = System.nanoTime();

        Tally(long stored) {
            this.shown = new AtomicLong(stored);
        }
    }
}
