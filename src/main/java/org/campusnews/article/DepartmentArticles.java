package org.campusnews.article;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments as visitors meet them: what each published ({@code article.department_id}) and translated (the
 * translator of the version in the page's language), among the articles now visible in that language.
 */
@Service
public class DepartmentArticles {

    /** The rows of one of a department's two lists, joined to {@code section_listing l}. */
    private enum DepartmentList {
        PUBLISHED("join article a on a.id = l.article_id where a.department_id = %s"),
        TRANSLATED("""
                join article_translation tr on tr.article_id = l.article_id and tr.lang = l.lang
                where tr.translator_id = %s""");

        private final String rows;

        DepartmentList(String rows) {
            this.rows = rows;
        }

        /** The joins and conditions, for the department given by an SQL expression. */
        String rows(String department) {
            return " " + rows.formatted(department) + " and l.lang = :lang and l.release_time <= :now";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DepartmentArticles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The departments that published or translated something visible in this language, in their set order. */
    @Transactional(readOnly = true)
    public List<DepartmentActivity> active(Language language) {
        return jdbc.sql("""
                        with published as (
                            select a.department_id as id, count(*) as n
                            from section_listing l join article a on a.id = l.article_id
                            where l.lang = :lang and l.release_time <= :now
                            group by a.department_id
                        ), translated as (
                            select tr.translator_id as id, count(*) as n
                            from section_listing l
                            join article_translation tr on tr.article_id = l.article_id and tr.lang = l.lang
                            where l.lang = :lang and l.release_time <= :now and tr.translator_id is not null
                            group by tr.translator_id
                        )
                        select d.slug, d.name_%s, coalesce(p.n, 0), coalesce(t.n, 0)
                        from department d
                        left join published p on p.id = d.id
                        left join translated t on t.id = d.id
                        where p.n is not null or t.n is not null
                        order by d.sort_order, d.id""".formatted(language.code()))
                .param("lang", language.code())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new DepartmentActivity(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4)))
                .list();
    }

    /**
     * A department's page of published articles and page of translated ones (each from 1), newest first: empty when
     * no department has this slug. A page beyond the last of its list comes back without articles
     * ({@link ArchiveListPage#isBeyondLast}).
     */
    @Transactional(readOnly = true)
    public Optional<DepartmentPublications> publications(String slug, Language language, int publishedPage,
            int translatedPage) {
        Timestamp now = Timestamp.from(clock.instant());
        record Found(long id, DepartmentActivity activity) {
        }
        Optional<Found> found = jdbc.sql("""
                        select d.id, d.slug, d.name_%s,
                               (select count(*) from section_listing l %s),
                               (select count(*) from section_listing l %s)
                        from department d where d.slug = :slug""".formatted(language.code(),
                        DepartmentList.PUBLISHED.rows("d.id"), DepartmentList.TRANSLATED.rows("d.id")))
                .param("slug", slug)
                .param("lang", language.code())
                .param("now", now)
                .query((rs, row) -> new Found(rs.getLong(1),
                        new DepartmentActivity(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))))
                .optional();
        return found.map(department -> new DepartmentPublications(department.activity(),
                page(DepartmentList.PUBLISHED, department.id(), language, now, publishedPage,
                        department.activity().published()),
                page(DepartmentList.TRANSLATED, department.id(), language, now, translatedPage,
                        department.activity().translated())));
    }

    private ArchiveListPage page(DepartmentList list, long departmentId, Language language, Timestamp now, int page,
            long total) {
        if (total == 0 || !ArchiveListPage.exists(page, total)) {
            return new ArchiveListPage(List.of(), page, total);
        }
        List<ArchivedArticle> articles = jdbc.sql(ArticleArchive.ARCHIVED_COLUMNS + list.rows(":department")
                        + ArticleArchive.NEWEST_FIRST)
                .param("department", departmentId)
                .param("lang", language.code())
                .param("now", now)
                .param("limit", ArchiveListPage.PAGE_SIZE)
                .param("offset", ArchiveListPage.offset(page))
                .query((rs, row) -> ArticleArchive.archived(rs, language))
                .list();
        return new ArchiveListPage(articles, page, total);
    }
}
