package org.campusnews.search;

import java.sql.Timestamp;
import java.util.List;

import org.campusnews.article.ArticleChanged;
import org.campusnews.article.PublicArticleChanged;
import org.campusnews.config.CampusNewsProperties;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code article_search} in step with the articles: one row per article and language, whatever its status,
 * deleted ones included (the staff list searches them all; public searches keep to published ones), rewritten in the
 * transaction that changes the article (on {@link ArticleChanged}, which every change of an article publishes before
 * it commits), so a save is findable as soon as it has committed. At start, articles that have no row yet (those
 * saved before search existed) are indexed.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private static final int BATCH = 500;

    /**
     * How much of a text is analysed, in characters, and how many of its CJK terms are kept: PostgreSQL refuses a
     * {@code tsvector} above 1 MB, and the longest body the editor takes (200,000 characters of random Chinese) would
     * come near it.
     */
    static final int ANALYSED_LENGTH = 100_000;
    static final int CJK_TERMS_KEPT = 40_000;

    static final String INDEXED = """
            select a.id, t.lang, a.section_id, a.department_id, a.release_time, t.title, t.summary, t.body,
                   a.status, a.deleted_at is not null
            from article a join article_translation t on t.article_id = a.id
            """;

    /** The parameters come as {@link #parameters} orders them: the columns, then the summary's, text's and title's terms. */
    static final String INSERT = insertInto("article_search") + """

            on conflict (article_id, lang) do update
                set section_id = excluded.section_id, department_id = excluded.department_id,
                    release_time = excluded.release_time, status = excluded.status, deleted = excluded.deleted,
                    title = excluded.title, text = excluded.text, analysed_with = excluded.analysed_with,
                    title_terms = excluded.title_terms, terms = excluded.terms""";

    /** A row into {@code table} (of the columns of {@code article_search}), with the parameters of {@link #parameters}. */
    static String insertInto(String table) {
        return """
                insert into %s (article_id, lang, section_id, department_id, release_time, status, deleted, title,
                                text, analysed_with, title_terms, terms)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, v.title_terms,
                       setweight(v.title_terms, 'A')
                       || setweight(to_tsvector('english', ?) || cast(? as tsvector), 'B')
                       || setweight(to_tsvector('english', ?) || cast(? as tsvector), 'D')
                from (select to_tsvector('english', ?) || cast(? as tsvector) as title_terms) v""".formatted(table);
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean indexOnStart;
    private final JdbcTemplate batches;

    SearchIndex(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions,
            CampusNewsProperties properties) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.indexOnStart = properties.search().indexOnStart();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void articleChanged(ArticleChanged change) {
        jdbc.sql("delete from article_search where article_id = ?").param(change.articleId()).update();
        write(jdbc.sql(INDEXED + "where a.id = ?").param(change.articleId()).query(SearchIndex::row).list());
    }

    /** A change of one article comes as {@link ArticleChanged} too; only a section's wholesale change is left. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void sectionChanged(PublicArticleChanged change) {
        if (change.articleId() == null) {
            jdbc.sql("delete from article_search where section_id = ?").param(change.sectionId()).update();
            write(jdbc.sql(INDEXED + "where a.section_id = ?").param(change.sectionId()).query(SearchIndex::row).list());
        }
    }

    /** Started in the background, so that neither the start nor the site waits for a large index to be filled. */
    @EventListener(ApplicationReadyEvent.class)
    void indexMissingOnStart() {
        if (indexOnStart) {
            new SimpleAsyncTaskExecutor("search-index-").execute(this::backfill);
        }
    }

    /**
     * Indexes the articles that have no row yet, or one written by an older analysis
     * ({@link SearchTerms#ANALYSIS_VERSION}), {@value #BATCH} at a time, each batch in a transaction of
     * its own; does nothing when the index is complete. A batch reads its articles {@code for share}, so that a
     * change saved meanwhile waits for it and then rewrites its rows, never the other way round. Instances starting
     * together may both fill a row: the later write wins, with the same content.
     */
    public void backfill() {
        List<Long> missing = jdbc.sql("""
                        select distinct a.id from article a join article_translation t on t.article_id = a.id
                        where not exists (select 1 from article_search s where s.article_id = a.id and s.lang = t.lang
                                                                   and s.analysed_with >= ?)
                        order by a.id""")
                .param(SearchTerms.ANALYSIS_VERSION).query(Long.class).list();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Long> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            transactions.executeWithoutResult(status -> write(jdbc.sql(INDEXED + "where a.id in (:ids) for share of a")
                    .param("ids", batch).query(SearchIndex::row).list()));
        }
        if (!missing.isEmpty()) {
            log.info("Indexed {} articles for search", missing.size());
        }
    }

    private void write(List<Source> sources) {
        for (int from = 0; from < sources.size(); from += BATCH) {
            batches.batchUpdate(INSERT, sources.subList(from, Math.min(sources.size(), from + BATCH)).stream()
                    .map(SearchIndex::parameters).toList());
        }
    }

    /** The parameters of {@link #INSERT} for one article's language version: its text extracted and analysed. */
    static Object[] parameters(Source source) {
        String summary = source.summary() == null ? "" : source.summary();
        String body = Jsoup.parseBodyFragment(source.body()).text();
        SearchTerms.Indexed title = SearchTerms.index(source.title());
        SearchTerms.Indexed summaryTerms = SearchTerms.index(summary);
        SearchTerms.Indexed bodyTerms = SearchTerms.index(body.length() > ANALYSED_LENGTH
                ? body.substring(0, ANALYSED_LENGTH) : body);
        return new Object[] {source.articleId(), source.lang(), source.sectionId(), source.departmentId(),
                source.releaseTime(), source.status(), source.deleted(), source.title(),
                summary.isEmpty() ? body : summary + "\n" + body, SearchTerms.ANALYSIS_VERSION,
                summaryTerms.words(), tsvector(summaryTerms.cjkTerms()), bodyTerms.words(), tsvector(bodyTerms.cjkTerms()),
                title.words(), tsvector(title.cjkTerms())};
    }

    /** Terms as {@code tsvector} text, with positions so that the weight of their part sticks to them. */
    static String tsvector(List<String> terms) {
        int kept = Math.min(terms.size(), CJK_TERMS_KEPT);
        StringBuilder vector = new StringBuilder(kept * 10);
        for (int i = 0; i < kept; i++) {
            if (i > 0) {
                vector.append(' ');
            }
            vector.append('\'').append(SearchTerms.escaped(terms.get(i))).append("':").append(Math.min(i + 1, 16383));
        }
        return vector.toString();
    }

    static Source row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Source(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10));
    }

    record Source(long articleId, String lang, long sectionId, long departmentId, Timestamp releaseTime,
            String title, String summary, String body, String status, boolean deleted) {
    }
}
