package org.campusnews.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites the whole search index while the site keeps searching it: the articles are walked in ranges of ids
 * ({@value #BATCH} articles each, found by keyset), and each range is one transaction of its own on one of several
 * workers, which extract and analyse the texts and upsert their rows, and delete the range's rows of language versions
 * that no longer exist. Nothing is truncated or locked as a whole: a search meets the old row or the new one.
 * <p>
 * A range's articles are read {@code for share}, so that an edit saved meanwhile waits for the range (a fraction of
 * a second) rather than having its fresh row overwritten with the text read before it.
 */
@Service
public class SearchIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

    static final int BATCH = 500;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private static final String NEXT_IDS = """
            select a.id from article a where a.id > ? order by a.id limit ?""";

    private static final String DELETE_GONE = """
            delete from article_search s
            where s.article_id > ? and s.article_id <= ?
              and not exists (select 1 from article_translation t where t.article_id = s.article_id and t.lang = s.lang)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final int workers;

    SearchIndexRebuild(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** What a rebuild did. */
    public record Outcome(long articles, long rows, long removed, Duration elapsed) {

        public double articlesPerSecond() {
            return articles / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }
    }

    /** Rewrites every row of the index with the current analysis and removes the rows of versions that are gone. */
    public Outcome rebuildAll() {
        long start = System.nanoTime();
        long total = jdbc.sql("select count(*) from article").query(Long.class).single();
        log.info("Rebuilding the search index: {} articles, {} workers", total, workers);
        Progress progress = new Progress(total, start);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        // At most two ranges per worker read ahead, so that memory holds a few batches whatever the number of articles.
        Semaphore ahead = new Semaphore(2 * workers);
        List<Future<?>> ranges = new ArrayList<>();
        try {
            long after = 0;
            while (true) {
                List<Long> ids = batches.queryForList(NEXT_IDS, Long.class, after, BATCH);
                long from = after;
                long upTo = ids.isEmpty() ? Long.MAX_VALUE : ids.get(ids.size() - 1);
                ahead.acquireUninterruptibly();
                ranges.add(pool.submit(() -> {
                    try {
                        rebuildRange(from, upTo, progress);
                    } finally {
                        ahead.release();
                    }
                }));
                if (ids.isEmpty()) {
                    break;
                }
                after = upTo;
                ranges.removeIf(range -> range.isDone() && succeeded(range));
            }
            ranges.forEach(SearchIndexRebuild::succeeded);
        } finally {
            pool.shutdownNow();
        }
        Outcome outcome = new Outcome(progress.articles.get(), progress.rows.get(), progress.removed.get(),
                Duration.ofNanos(System.nanoTime() - start));
        log.info("Rebuilt the search index: {} articles, {} rows written, {} rows removed in {} s ({} articles/s)",
                outcome.articles(), outcome.rows(), outcome.removed(),
                "%.1f".formatted(outcome.elapsed().toMillis() / 1000.0), "%.0f".formatted(outcome.articlesPerSecond()));
        return outcome;
    }

    private void rebuildRange(long after, long upTo, Progress progress) {
        transactions.executeWithoutResult(status -> {
            List<SearchIndex.Source> sources = jdbc.sql(SearchIndex.INDEXED + "where a.id > ? and a.id <= ? for share of a")
                    .param(after).param(upTo).query(SearchIndex::row).list();
            List<Object[]> rows = sources.stream().map(SearchIndex::parameters).toList();
            int removed = batches.update(DELETE_GONE, after, upTo);
            if (!rows.isEmpty()) {
                batches.batchUpdate(SearchIndex.INSERT, rows);
            }
            progress.add(sources.stream().mapToLong(SearchIndex.Source::articleId).distinct().count(), rows.size(),
                    removed);
        });
    }

    private static boolean succeeded(Future<?> range) {
        try {
            range.get();
            return true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rebuilding the search index failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
    }

    private static final class Progress {

        private final long total;
        private final long start;
        private final AtomicLong articles = new AtomicLong();
        private final AtomicLong rows = new AtomicLong();
        private final AtomicLong removed = new AtomicLong();
        private final AtomicLong nextReport;

        Progress(long total, long start) {
            this.total = total;
            this.start = start;
            this.nextReport = new AtomicLong(start + PROGRESS_EVERY.toNanos());
        }

        void add(long articlesDone, long rowsWritten, long rowsRemoved) {
            long done = articles.addAndGet(articlesDone);
            rows.addAndGet(rowsWritten);
            removed.addAndGet(rowsRemoved);
            long now = System.nanoTime();
            long due = nextReport.get();
            if (now >= due && nextReport.compareAndSet(due, now + PROGRESS_EVERY.toNanos())) {
                log.info("Search index rebuild: {} of {} articles ({} articles/s)", done, total,
                        "%.0f".formatted(done / ((now - start) / 1e9)));
            }
        }
    }
}
