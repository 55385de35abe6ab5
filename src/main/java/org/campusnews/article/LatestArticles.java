package org.campusnews.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest published, visible articles in one language (release time come, not deleted), newest release first,
 * with what describes them to machines (feeds): the whole text, the section, the publishing department and the cover.
 * Read through {@code section_listing}, which holds exactly the published articles of each language.
 */
@Service
public class LatestArticles {

    private static final String COLUMNS = """
            select a.id, t.title, t.summary, t.body, a.release_time, a.updated_at,
                   s.slug as section_slug, s.name_en as section_en, s.name_zh as section_zh,
                   d.name_en as department_en, d.name_zh as department_zh, l.cover
            from section_listing l
            join article a on a.id = l.article_id
            join article_translation t on t.article_id = l.article_id and t.lang = l.lang
            join section s on s.id = a.section_id
            join department d on d.id = a.department_id
            where l.lang = :lang and l.release_time <= :now and a.status = 'PUBLISHED' and a.deleted_at is null
            """;

    private static final String NEWEST_FIRST = "\norder by l.release_time desc, l.article_id desc limit :limit";

    private final JdbcClient jdbc;

    LatestArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Across the whole site. */
    @Transactional(readOnly = true)
    public List<LatestArticle> site(Language language, Instant now, int limit) {
        return query(COLUMNS + NEWEST_FIRST, language, now, limit, null);
    }

    /** In one section. */
    @Transactional(readOnly = true)
    public List<LatestArticle> section(long sectionId, Language language, Instant now, int limit) {
        return query(COLUMNS + "and l.section_id = :scope" + NEWEST_FIRST, language, now, limit, sectionId);
    }

    /** Published by one department, or translated by it into this language. */
    @Transactional(readOnly = true)
    public List<LatestArticle> department(long departmentId, Language language, Instant now, int limit) {
        return query(COLUMNS + "and (a.department_id = :scope or t.translator_id = :scope)" + NEWEST_FIRST,
                language, now, limit, departmentId);
    }

    private List<LatestArticle> query(String sql, Language language, Instant now, int limit, Long scope) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("lang", language.code())
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .param("limit", limit);
        if (scope != null) {
            statement = statement.param("scope", scope);
        }
        return statement.query((rs, row) -> article(rs, language)).list();
    }

    private static LatestArticle article(ResultSet rs, Language language) throws SQLException {
        boolean zh = language == Language.ZH;
        return new LatestArticle(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body"), instant(rs, "release_time"), instant(rs, "updated_at"),
                rs.getString("section_slug"), rs.getString(zh ? "section_zh" : "section_en"),
                rs.getString(zh ? "department_zh" : "department_en"), rs.getString("cover"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
