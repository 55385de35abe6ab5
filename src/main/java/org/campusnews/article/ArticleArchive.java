package org.campusnews.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public archive: the months (in the site's time zone) in which articles now visible in a language were
 * released, and the articles of one month, newest first. Read from {@code section_listing}, which holds exactly the
 * published, not deleted articles of each language; release times still to come are left out by the clock.
 */
@Service
public class ArticleArchive {

    static final String ARCHIVED_COLUMNS = """
            select l.article_id, t.title, t.summary, l.release_time, s.slug, s.name_en, s.name_zh
            from section_listing l
            join article_translation t on t.article_id = l.article_id and t.lang = l.lang
            join section s on s.id = l.section_id
            """;

    static final String NEWEST_FIRST = " order by l.release_time desc, l.article_id desc limit :limit offset :offset";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    ArticleArchive(JdbcClient jdbc, Clock clock, CampusNewsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** Every month with an article visible in this language, newest first. */
    @Transactional(readOnly = true)
    public List<ArchiveMonth> months(Language language) {
        return jdbc.sql("""
                        select extract(year from m.month) as year, extract(month from m.month) as month, count(*)
                        from (select date_trunc('month', l.release_time at time zone :zone) as month
                              from section_listing l
                              where l.lang = :lang and l.release_time <= :now) m
                        group by m.month
                        order by m.month desc""")
                .param("zone", zone.getId())
                .param("lang", language.code())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new ArchiveMonth(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)))
                .list();
    }

    /**
     * One page (from 1) of a month's articles in this language, newest first: empty when the month has none, or
     * the page lies beyond its last.
     */
    @Transactional(readOnly = true)
    public Optional<MonthArchive> month(Language language, YearMonth month, int page) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp until = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Timestamp now = Timestamp.from(clock.instant());
        String inMonth = " where l.release_time >= :from and l.release_time < :until and l.release_time <= :now";
        long[] counts = jdbc.sql("""
                        select count(*) filter (where l.lang = :lang), count(*) filter (where l.lang <> :lang)
                        from section_listing l""" + inMonth)
                .param("lang", language.code()).param("from", from).param("until", until).param("now", now)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long total = counts[0];
        if (total == 0 || !ArchiveListPage.exists(page, total)) {
            return Optional.empty();
        }
        List<ArchivedArticle> articles = jdbc.sql(ARCHIVED_COLUMNS + inMonth + " and l.lang = :lang" + NEWEST_FIRST)
                .param("lang", language.code()).param("from", from).param("until", until).param("now", now)
                .param("limit", ArchiveListPage.PAGE_SIZE).param("offset", ArchiveListPage.offset(page))
                .query((rs, row) -> archived(rs, language))
                .list();
        return Optional.of(new MonthArchive(new ArchiveListPage(articles, page, total), counts[1] > 0));
    }

    /** A row of {@link #ARCHIVED_COLUMNS}. */
    static ArchivedArticle archived(ResultSet rs, Language language) throws SQLException {
        return new ArchivedArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), language == Language.ZH ? rs.getString(7) : rs.getString(6));
    }
}
