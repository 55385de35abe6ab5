package org.campusnews.sitemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the sitemaps list, read with plain SQL. A child sitemap's rows are read through a server-side cursor (a fetch
 * size inside the caller's read-only transaction), a few hundred at a time, and written out as they come, so that a
 * sitemap of 50,000 addresses never sits in memory.
 */
@Repository
class SitemapQueries {

    static final int FETCH_SIZE = 500;

    /** Published, not deleted, and released: what visitors may read. */
    private static final String VISIBLE = "a.status = 'PUBLISHED' and a.deleted_at is null and a.release_time <= :now";

    /**
     * Of the articles of a range: how many are visible and how many there are, the newest change of any of them
     * (drafts and deleted ones included, since unpublishing or deleting an article changes it as it leaves the
     * sitemap) and the newest release time of the visible ones (a scheduled article's appearance moves it on).
     */
    private static final String RANGE_VERSION = """
            count(*) filter (where %1$s) as visible_articles, count(*) as all_articles,
            max(a.updated_at) as last_update, max(a.release_time) filter (where %1$s) as last_release"""
            .formatted(VISIBLE);

    private final NamedParameterJdbcTemplate jdbc;

    SitemapQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /**
     * Every range holding a visible article, with what its sitemap's validators are made of ({@link RangeVersion}),
     * in order: one range scan of the primary key per range, rather than a sort of every article by its range.
     */
    List<RangeVersion> rangesWithArticles(Instant now) {
        setPlan();
        return jdbc.query("""
                        select v.*
                        from generate_series(0, (select coalesce(max(id), 0) from article) / :size) as r(n)
                        cross join lateral (
                            select r.n as range_number, %s
                            from article a
                            where a.id >= r.n * :size and a.id < (r.n + 1) * :size
                        ) v
                        where v.visible_articles > 0
                        order by v.range_number""".formatted(RANGE_VERSION),
                Map.of("size", ArticleRange.SIZE, "now", timestamp(now)),
                (row, i) -> rangeVersion(new ArticleRange(row.getLong("range_number")), row));
    }

    /** What a range's sitemap shows depends on; empty when it holds no visible article. */
    Optional<RangeVersion> rangeVersion(ArticleRange range, Instant now) {
        return jdbc.query("""
                        select %s
                        from article a
                        where a.id >= :first and a.id < :end""".formatted(RANGE_VERSION),
                Map.of("first", range.firstId(), "end", range.endId(), "now", timestamp(now)),
                (row, i) -> rangeVersion(range, row))
                .stream().filter(version -> version.visibleArticles() > 0).findFirst();
    }

    /**
     * The language versions of the range's visible articles, by article id, each article's versions together. Read
     * along the primary keys of both tables, whatever share of the table the range is: the planner would otherwise
     * read the whole of {@code article_translation} (the texts) for a range that is a quarter of it.
     */
    void languageVersions(ArticleRange range, Instant now, RowWriter<LanguageVersion> writer) throws IOException {
        setPlan("enable_seqscan", "enable_sort");
        stream("""
                        select a.id, t.lang, a.updated_at, t.original
                        from article a
                        join article_translation t on t.article_id = a.id
                        where a.id >= :first and a.id < :end and t.article_id >= :first and t.article_id < :end
                          and %s
                        order by a.id""".formatted(VISIBLE),
                Map.of("first", range.firstId(), "end", range.endId(), "now", timestamp(now)),
                row -> new LanguageVersion(row.getLong(1), language(row.getString(2)), instant(row, 3), row.getBoolean(4)),
                writer);
    }

    /** The language versions released in (since, now], newest first, at most {@code limit}. */
    void news(Instant since, Instant now, int limit, RowWriter<NewsItem> writer) throws IOException {
        stream("""
                        select l.article_id, l.lang, l.release_time, t.title
                        from section_listing l
                        join article_translation t on t.article_id = l.article_id and t.lang = l.lang
                        where l.release_time > :since and l.release_time <= :now
                        order by l.release_time desc, l.article_id desc, l.lang
                        limit :limit""",
                Map.of("since", timestamp(since), "now", timestamp(now), "limit", limit),
                row -> new NewsItem(row.getLong(1), language(row.getString(2)), instant(row, 3), row.getString(4)),
                writer);
    }

    List<String> sectionSlugs() {
        return jdbc.queryForList("select slug from section order by sort_order, id", Map.of(), String.class);
    }

    /**
     * The departments with the languages in which they published or translated a visible article: those whose pages
     * list something in that language, as the departments' page lists them.
     */
    List<ActiveDepartment> activeDepartments(Instant now) {
        String active = """
                (exists (select 1 from article a join section_listing l on l.article_id = a.id
                         where a.department_id = d.id and l.lang = '%1$s' and l.release_time <= :now)
                 or exists (select 1 from article_translation t
                            join section_listing l on l.article_id = t.article_id and l.lang = t.lang
                            where t.translator_id = d.id and t.lang = '%1$s' and l.release_time <= :now))""";
        return jdbc.query("""
                        select d.slug, %s as en, %s as zh
                        from department d
                        order by d.sort_order, d.id""".formatted(active.formatted("en"), active.formatted("zh")),
                Map.of("now", timestamp(now)),
                (row, i) -> new ActiveDepartment(row.getString("slug"), languages(row.getBoolean("en"), row.getBoolean("zh"))));
    }

    /**
     * The months, in the site's time zone, in which visible articles were released, with the languages they were
     * released in. The months are found by skipping from one to the next on the release-time index (a few lookups per
     * month, not a read of every article).
     */
    List<ArchiveMonth> archiveMonths(Instant now, ZoneId zone) {
        return jdbc.query("""
                        with recursive month(start) as (
                            select date_trunc('month', min(release_time) at time zone :zone)
                            from section_listing where release_time <= :now
                          union all
                            select date_trunc('month', (
                                select min(l.release_time) from section_listing l
                                where l.release_time >= (m.start + interval '1 month') at time zone :zone
                                  and l.release_time <= :now) at time zone :zone)
                            from month m
                            where m.start is not null
                        )
                        select extract(year from m.start)::int, extract(month from m.start)::int,
                               exists (select 1 from section_listing l where l.lang = 'en'
                                       and l.release_time >= m.start at time zone :zone
                                       and l.release_time < (m.start + interval '1 month') at time zone :zone
                                       and l.release_time <= :now),
                               exists (select 1 from section_listing l where l.lang = 'zh'
                                       and l.release_time >= m.start at time zone :zone
                                       and l.release_time < (m.start + interval '1 month') at time zone :zone
                                       and l.release_time <= :now)
                        from month m
                        where m.start is not null
                        order by m.start""",
                Map.of("now", timestamp(now), "zone", zone.getId()),
                (row, i) -> new ArchiveMonth(YearMonth.of(row.getInt(1), row.getInt(2)),
                        languages(row.getBoolean(3), row.getBoolean(4))));
    }

    /**
     * Turns these plan types off for the rest of the caller's transaction, which runs only the next statement (as
     * {@code SET LOCAL} would); parallel workers and JIT compilation too, both slower than the plans these get.
     */
    private void setPlan(String... disabled) {
        StringBuilder settings = new StringBuilder(
                "select set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)");
        for (String setting : disabled) {
            settings.append(", set_config('").append(setting).append("', 'off', true)");
        }
        jdbc.query(settings.toString(), row -> {
        });
    }

    private static RangeVersion rangeVersion(ArticleRange range, ResultSet row) throws SQLException {
        return new RangeVersion(range, row.getLong("visible_articles"), row.getLong("all_articles"),
                instant(row, "last_update"), instant(row, "last_release"));
    }

    private <T> void stream(String sql, Map<String, ?> parameters, RowMapping<T> mapping, RowWriter<T> writer)
            throws IOException {
        try {
            jdbc.query(sql, parameters, row -> {
                try {
                    writer.write(mapping.map(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Set<Language> languages(boolean english, boolean chinese) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (english) {
            languages.add(Language.EN);
        }
        if (chinese) {
            languages.add(Language.ZH);
        }
        return languages;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown language " + code));
    }

    /** Writes one row where the sitemap goes. */
    @FunctionalInterface
    interface RowWriter<T> {
        void write(T row) throws IOException;
    }

    @FunctionalInterface
    private interface RowMapping<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * @param visibleArticles the articles the range's sitemap lists
     * @param allArticles every article in the range, in any status
     * @param lastUpdate the newest change of any of them
     * @param lastRelease the newest release time of those listed
     */
    record RangeVersion(ArticleRange range, long visibleArticles, long allArticles, Instant lastUpdate,
            Instant lastRelease) {

        /** The newest of the changes and the releases: the sitemap's Last-Modified and its index entry's lastmod. */
        Instant lastModified() {
            return lastRelease.isAfter(lastUpdate) ? lastRelease : lastUpdate;
        }
    }

    record LanguageVersion(long articleId, Language language, Instant updatedAt, boolean original) {
    }

    record NewsItem(long articleId, Language language, Instant releaseTime, String title) {
    }

    record ArchiveMonth(YearMonth month, Set<Language> languages) {
    }

    record ActiveDepartment(String slug, Set<Language> languages) {
    }
}
