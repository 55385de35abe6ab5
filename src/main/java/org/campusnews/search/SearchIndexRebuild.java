package org.campusnews.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the whole search index into a fresh table beside {@code article_search}, which keeps serving searches
 * (and taking the application's writes) until the new table replaces it in one short transaction:
 * <ol>
 * <li>A new, empty table of the same columns, with only its indexes of words, and a trigger on the old table that
 * notes every article whose rows are written meanwhile ({@code article_search_change}, V21).</li>
 * <li>The articles, in ranges of ids ({@value #BATCH} articles each, found by keyset), are analysed and written by
 * several workers at once, each range in a transaction of its own.</li>
 * <li>The other indexes are built, two at a time, the foreign keys added and checked, the table analysed.</li>
 * <li>The rows of the noted articles are copied from the old table, which the application kept current; the last ones
 * with the old table locked, which is then dropped and the new one renamed in its place, indexes and constraints
 * too. Searches wait for that transaction only (milliseconds).</li>
 * </ol>
 * One rebuild runs at a time (an advisory lock); one interrupted leaves its table and trigger, which the next removes.
 */
@Service
public class SearchIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

    static final int BATCH = 500;
    static final String TABLE = "article_search";
    static final String REBUILT = "article_search_rebuilt";
    private static final String TRIGGER = "article_search_rebuild_changes";
    private static final long ADVISORY_LOCK = 0x5ea7c4_0001L;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /** Changes copied before the old table is locked, until fewer than this many are left. */
    private static final int FEW_CHANGES = 100;
    private static final int SWAP_ATTEMPTS = 20;

    private static final String NEXT_IDS = """
            select a.id from article a where a.id > ? order by a.id limit ?""";

    private static final String INSERT = SearchIndex.insertInto(REBUILT);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final int workers;

    SearchIndexRebuild(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.dataSource = dataSource;
        // More workers than cores, so that the cores stay busy while a worker waits for its range to be written.
        this.workers = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** What a rebuild did: the articles analysed, the rows of the new index, the rows of the old one it has not. */
    public record Outcome(long articles, long rows, long removed, Duration elapsed) {

        public double articlesPerSecond() {
            return articles / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }
    }

    /** Rebuilds the index with the current analysis; the rows of language versions that are gone are left out. */
    public Outcome rebuildAll() {
        return rebuildAll(() -> { });
    }

    /** As {@link #rebuildAll()}, running {@code meanwhile} once the articles are written, before the swap. */
    Outcome rebuildAll(Runnable meanwhile) {
        long start = System.nanoTime();
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock)) {
                throw new IllegalStateException("Another rebuild of the search index is running");
            }
            try {
                return rebuild(start, meanwhile);
            } catch (RuntimeException e) {
                removeTrigger();
                throw e;
            } finally {
                try (var statement = lock.prepareStatement("select pg_advisory_unlock(?)")) {
                    statement.setLong(1, ADVISORY_LOCK);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding the search index failed", e);
        }
    }

    private static boolean advisoryLock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_LOCK);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Outcome rebuild(long start, Runnable meanwhile) {
        long total = jdbc.sql("select count(*) from article").query(Long.class).single();
        log.info("Rebuilding the search index: {} articles, {} workers", total, workers);
        List<IndexDefinition> indexes = indexes();
        prepare(indexes);
        Progress progress = new Progress(total, start);
        writeRows(progress);
        meanwhile.run();
        log.info("Search index rebuild: {} articles written in {} s; building the indexes", progress.articles.get(),
                seconds(System.nanoTime() - start));
        buildIndexes(indexes);
        Map<String, String> foreignKeys = addForeignKeys();
        copyChanges(FEW_CHANGES);
        foreignKeys.keySet().forEach(name -> batches.execute("alter table " + REBUILT + " validate constraint " + name));
        batches.execute("vacuum (analyze) " + REBUILT);
        copyChanges(FEW_CHANGES);
        long removed = jdbc.sql("select count(*) from " + TABLE + " o where not exists (select 1 from " + REBUILT
                + " n where n.article_id = o.article_id and n.lang = o.lang)").query(Long.class).single();
        swap(indexes, foreignKeys);
        long rows = jdbc.sql("select count(*) from " + TABLE).query(Long.class).single();
        Outcome outcome = new Outcome(progress.articles.get(), rows, removed, Duration.ofNanos(System.nanoTime() - start));
        log.info("Rebuilt the search index: {} articles, {} rows written, {} rows removed in {} s ({} articles/s)",
                outcome.articles(), outcome.rows(), outcome.removed(), seconds(outcome.elapsed().toNanos()),
                "%.0f".formatted(outcome.articlesPerSecond()));
        return outcome;
    }

    /** An index of the old table, its definition, and the temporary name of its copy on the new table. */
    private record IndexDefinition(String name, String definition, String rebuiltName, boolean words,
            boolean primaryKey) {

        String onRebuilt() {
            String on = " ON public." + TABLE + " ";
            if (!definition.contains(on)) {
                throw new IllegalStateException("Unexpected index definition: " + definition);
            }
            return definition.replaceFirst("^CREATE (UNIQUE )?INDEX \\S+ ", "CREATE $1INDEX " + rebuiltName + " ")
                    .replace(on, " ON public." + REBUILT + " ");
        }
    }

    private List<IndexDefinition> indexes() {
        List<IndexDefinition> found = new ArrayList<>();
        jdbc.sql("""
                        select i.relname, pg_get_indexdef(x.indexrelid), am.amname = 'gin', x.indisprimary
                        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_am am on am.oid = i.relam
                        where x.indrelid = cast(:table as regclass)
                        order by i.relname""")
                .param("table", TABLE)
                .query((rs, row) -> new IndexDefinition(rs.getString(1), rs.getString(2), REBUILT + "_" + (row + 1),
                        rs.getBoolean(3), rs.getBoolean(4)))
                .list().forEach(found::add);
        return found;
    }

    /**
     * The new table, empty, with the indexes of words (filled as the rows come: built afterwards, the largest alone
     * would take longer than the rest of the rebuild, on one core), and the trigger that notes the changes meanwhile.
     */
    private void prepare(List<IndexDefinition> indexes) {
        transactions.executeWithoutResult(status -> {
            batches.execute("drop table if exists " + REBUILT);
            batches.execute("drop trigger if exists " + TRIGGER + " on " + TABLE);
            batches.execute("delete from article_search_change");
            batches.execute("create table " + REBUILT + " (like " + TABLE
                    + " including defaults including constraints including storage)");
            indexes.stream().filter(IndexDefinition::words).forEach(index -> batches.execute(index.onRebuilt()));
            batches.execute("create trigger " + TRIGGER + " after insert or update or delete on " + TABLE
                    + " for each row execute function article_search_note_change()");
        });
    }

    private void removeTrigger() {
        batches.execute("drop trigger if exists " + TRIGGER + " on " + TABLE);
    }

    private void writeRows(Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        // At most two ranges per worker read ahead, so that memory holds a few batches whatever the number of articles.
        Semaphore ahead = new Semaphore(2 * workers);
        List<Future<?>> ranges = new ArrayList<>();
        try {
            long after = 0;
            while (true) {
                List<Long> ids = batches.queryForList(NEXT_IDS, Long.class, after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                long from = after;
                long upTo = ids.get(ids.size() - 1);
                ahead.acquireUninterruptibly();
                ranges.add(pool.submit(() -> {
                    try {
                        writeRange(from, upTo, progress);
                    } finally {
                        ahead.release();
                    }
                }));
                after = upTo;
                ranges.removeIf(range -> range.isDone() && succeeded(range));
            }
            ranges.forEach(SearchIndexRebuild::succeeded);
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeRange(long after, long upTo, Progress progress) {
        transactions.executeWithoutResult(status -> {
            // The pending entries of the indexes of words are merged in larger, so fewer, rounds.
            batches.queryForList("select set_config('gin_pending_list_limit', '65536', true), "
                    + "set_config('work_mem', '256MB', true)");
            List<SearchIndex.Source> sources = jdbc.sql(SearchIndex.INDEXED + "where a.id > ? and a.id <= ?")
                    .param(after).param(upTo).query(SearchIndex::row).list();
            List<Object[]> rows = sources.stream().map(SearchIndex::parameters).toList();
            if (!rows.isEmpty()) {
                batches.batchUpdate(INSERT, rows);
            }
            progress.add(sources.stream().mapToLong(SearchIndex.Source::articleId).distinct().count());
        });
    }

    /** The indexes not built yet, two at a time (each on a connection of its own), the largest first. */
    private void buildIndexes(List<IndexDefinition> indexes) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> built = indexes.stream().filter(index -> !index.words())
                    .map(index -> CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                        batches.queryForList("select set_config('maintenance_work_mem', '256MB', true)");
                        batches.execute(index.onRebuilt());
                        if (index.primaryKey()) {
                            batches.execute("alter table " + REBUILT + " add constraint " + index.rebuiltName()
                                    + " primary key using index " + index.rebuiltName());
                        }
                    }), pool))
                    .toList();
            CompletableFuture.allOf(built.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The old table's foreign keys, on the new one: not checked when added (which would keep the articles from being
     * changed meanwhile), checked once the rows of articles deleted meanwhile have been removed.
     */
    /** The old table's foreign keys on the new one, by their temporary names, with their names on the old one. */
    private Map<String, String> addForeignKeys() {
        List<String[]> definitions = jdbc.sql("""
                        select conname, pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = cast(:table as regclass) and contype = 'f' order by conname""")
                .param("table", TABLE)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] definition : definitions) {
            String rebuiltName = REBUILT + "_fk_" + (names.size() + 1);
            batches.execute("alter table " + REBUILT + " add constraint " + rebuiltName + " " + definition[1]
                    + " not valid");
            names.put(rebuiltName, definition[0]);
        }
        return names;
    }

    /** Copies the rows of the articles changed meanwhile, in rounds, until fewer than {@code few} are left. */
    private void copyChanges(int few) {
        while (transactions.execute(status -> copyChanged()) >= few) {
            // another round
        }
    }

    /** The latest rows of the articles noted as changed, from the old table; how many articles. */
    private int copyChanged() {
        List<Long> changed = jdbc.sql("delete from article_search_change returning article_id").query(Long.class).list()
                .stream().distinct().toList();
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<Long> ids = changed.subList(from, Math.min(changed.size(), from + BATCH));
            jdbc.sql("delete from " + REBUILT + " where article_id in (:ids)").param("ids", ids).update();
            jdbc.sql("insert into " + REBUILT + " select * from " + TABLE + " where article_id in (:ids)")
                    .param("ids", ids).update();
        }
        return changed.size();
    }

    /**
     * Locks the old table (waiting at most a second, so that searches do not queue long behind the lock, and trying
     * again), copies the last changes, and puts the new table in its place, under the old names.
     */
    private void swap(List<IndexDefinition> indexes, Map<String, String> foreignKeys) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    batches.queryForList("select set_config('lock_timeout', '1s', true)");
                    batches.execute("lock table " + TABLE + " in access exclusive mode");
                    copyChanged();
                    batches.execute("drop table " + TABLE);
                    batches.execute("alter table " + REBUILT + " rename to " + TABLE);
                    for (IndexDefinition index : indexes) {
                        batches.execute(index.primaryKey()
                                ? "alter table " + TABLE + " rename constraint " + index.rebuiltName() + " to "
                                        + index.name()
                                : "alter index " + index.rebuiltName() + " rename to " + index.name());
                    }
                    foreignKeys.forEach((rebuiltName, name) -> batches.execute("alter table " + TABLE
                            + " rename constraint " + rebuiltName + " to " + name));
                });
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
                log.info("The search index is busy; swapping in the rebuilt one again");
                copyChanges(FEW_CHANGES);
            }
        }
    }

    private static String seconds(long nanos) {
        return "%.1f".formatted(nanos / 1e9);
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
        private final AtomicLong nextReport;

        Progress(long total, long start) {
            this.total = total;
            this.start = start;
            this.nextReport = new AtomicLong(start + PROGRESS_EVERY.toNanos());
        }

        void add(long articlesDone) {
            long done = articles.addAndGet(articlesDone);
            long now = System.nanoTime();
            long due = nextReport.get();
            if (now >= due && nextReport.compareAndSet(due, now + PROGRESS_EVERY.toNanos())) {
                log.info("Search index rebuild: {} of {} articles ({} articles/s)", done, total,
                        "%.0f".formatted(done / ((now - start) / 1e9)));
            }
        }
    }
}
