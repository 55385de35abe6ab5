package org.campusnews.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published articles as programs read them: selections paged by position rather than by number, so that a client
 * walking through them meets every article once while new ones are published, newest first also when they are
 * searched (the site search's matching, {@link ArticleTextSearch}, without its ranking); and the sections and departments with
 * their counts in both languages. Read from {@code section_listing}, which holds exactly the published, not deleted
 * articles of each language; release times still to come are left out by the clock.
 */
@Service
public class PublishedArticles {

    /** When an article last changed for its readers: an edit, or its release, which may come after the last edit. */
    private static final String CHANGED_AT = "greatest(a.updated_at, l.release_time)";

    private static final String COLUMNS = """
            select l.article_id, t.title, t.summary, l.release_time, %1$s,
                   s.slug, s.name_%2$s, d.slug, d.name_%2$s, tr.slug, tr.name_%2$s,
                   m.sha256, m.width, m.height, m.animated, m.alt_%2$s
            from section_listing l
            join article_translation t on t.article_id = l.article_id and t.lang = l.lang
            join article a on a.id = l.article_id
            join section s on s.id = l.section_id
            join department d on d.id = a.department_id
            left join department tr on tr.id = t.translator_id
            left join media m on m.id = a.cover_media_id and m.file_type in ('JPEG', 'PNG', 'WEBP', 'GIF')
            """;

    private static final String VISIBLE = " where l.lang = :lang and l.release_time <= :now";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ArticleTextSearch textSearch;

    PublishedArticles(JdbcClient jdbc, Clock clock, ArticleTextSearch textSearch) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.textSearch = textSearch;
    }

    /**
     * The articles of a selection, newest release first, with the position the next page starts after.
     *
     * @throws UnknownFilterException when no section or department has the slug asked for
     */
    @Transactional(readOnly = true)
    public PublishedArticlePage page(ArticleSelection selection) {
        Language language = selection.language();
        StringBuilder sql = new StringBuilder(COLUMNS.formatted(CHANGED_AT, language.code()));
        Optional<ArticleTextSearch.Matches> matches = Optional.empty();
        if (selection.text() != null) {
            matches = textSearch.matching(selection.text(), language);
            if (matches.isEmpty()) {
                return new PublishedArticlePage(List.of(), null);
            }
            sql.append(" join (").append(matches.get().sql()).append(") matched on matched.article_id = l.article_id");
        }
        sql.append(VISIBLE);
        JdbcClient.StatementSpec statement;
        if (selection.sectionSlug() != null) {
            sql.append(" and l.section_id = :section");
        }
        if (selection.departmentSlug() != null) {
            sql.append(" and (a.department_id = :department or t.translator_id = :department)");
        }
        if (selection.changedSince() != null) {
            sql.append(" and ").append(CHANGED_AT).append(" >= :since");
        }
        if (selection.after() != null) {
            sql.append(" and (l.release_time, l.article_id) < (:afterTime, :afterId)");
        }
        sql.append(" order by l.release_time desc, l.article_id desc limit :limit");
        statement = jdbc.sql(sql.toString())
                .param("lang", language.code())
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", selection.limit() + 1);
        if (selection.sectionSlug() != null) {
            statement = statement.param("section", idOf("section", selection.sectionSlug()));
        }
        if (selection.departmentSlug() != null) {
            statement = statement.param("department", idOf("department", selection.departmentSlug()));
        }
        if (selection.changedSince() != null) {
            statement = statement.param("since", Timestamp.from(selection.changedSince()));
        }
        for (Map.Entry<String, Object> parameter : matches.map(ArticleTextSearch.Matches::parameters)
                .orElse(Map.of()).entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        if (selection.after() != null) {
            statement = statement.param("afterTime", Timestamp.from(selection.after().releaseTime()))
                    .param("afterId", selection.after().id());
        }
        List<PublishedArticle> found = statement.query((rs, row) -> article(rs, language)).list();
        if (found.size() <= selection.limit()) {
            return new PublishedArticlePage(found, null);
        }
        List<PublishedArticle> page = found.subList(0, selection.limit());
        return new PublishedArticlePage(List.copyOf(page), page.get(page.size() - 1).position());
    }

    /** Every section in its set order, with the articles it lists now in each language. */
    @Transactional(readOnly = true)
    public List<SectionCount> sections() {
        return jdbc.sql("""
                        select s.slug, s.name_en, s.name_zh,
                               count(l.article_id) filter (where l.lang = 'en'),
                               count(l.article_id) filter (where l.lang = 'zh')
                        from section s
                        left join section_listing l on l.section_id = s.id and l.release_time <= :now
                        group by s.id
                        order by s.sort_order, s.id""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new SectionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /**
     * The departments that published or translated something visible, in their set order, with what they published
     * and translated in each language. (A new department is not announced to the kept pages; it appears here with its
     * first article, which is.)
     */
    @Transactional(readOnly = true)
    public List<DepartmentCount> departments() {
        return jdbc.sql("""
                        with published as (
                            select a.department_id as id, count(*) filter (where l.lang = 'en') as en,
                                   count(*) filter (where l.lang = 'zh') as zh
                            from section_listing l join article a on a.id = l.article_id
                            where l.release_time <= :now
                            group by a.department_id
                        ), translated as (
                            select t.translator_id as id, count(*) filter (where l.lang = 'en') as en,
                                   count(*) filter (where l.lang = 'zh') as zh
                            from section_listing l
                            join article_translation t on t.article_id = l.article_id and t.lang = l.lang
                            where l.release_time <= :now and t.translator_id is not null
                            group by t.translator_id
                        )
                        select d.slug, d.name_en, d.name_zh, coalesce(p.en, 0), coalesce(p.zh, 0),
                               coalesce(tr.en, 0), coalesce(tr.zh, 0)
                        from department d
                        left join published p on p.id = d.id
                        left join translated tr on tr.id = d.id
                        where p.id is not null or tr.id is not null
                        order by d.sort_order, d.id""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new DepartmentCount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    private long idOf(String table, String slug) {
        return jdbc.sql("select id from " + table + " where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new UnknownFilterException("No " + table + " has the slug '" + slug + "'"));
    }

    private static PublishedArticle article(ResultSet rs, Language language) throws SQLException {
        String translatorSlug = rs.getString(10);
        String coverHash = rs.getString(12);
        return new PublishedArticle(rs.getLong(1), language, rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                new PublishedArticle.NamedPlace(rs.getString(6), rs.getString(7)),
                new PublishedArticle.NamedPlace(rs.getString(8), rs.getString(9)),
                translatorSlug == null ? null : new PublishedArticle.NamedPlace(translatorSlug, rs.getString(11)),
                coverHash == null ? null
                        : new PublishedArticle.CoverImage(coverHash, rs.getInt(13), rs.getInt(14), rs.getBoolean(15),
                                rs.getString(16) == null ? "" : rs.getString(16)));
    }
}
