package org.campusnews.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publishing statistics, one grouped statement per table. "Published" is an article the public site shows now
 * (published, not deleted, its release time come); it counts in the month (in the site's time zone) of its release
 * time. Views are the stored browse counts ({@code BrowseCounter} writes them every second), all-time counts of the
 * articles released in the range: views are not stored per day.
 */
@Component
class PublishingFigures {

    /** Published articles released in [:start, :until), up to now; {@code article_published_release_idx}. */
    private static final String RELEASED = """
            a.status = 'PUBLISHED' and a.deleted_at is null
            and a.release_time >= :start and a.release_time < :until and a.release_time <= :now""";

    record MonthCount(long departmentId, String department, YearMonth month, long articles) {
    }

    record ViewTotal(long id, String name, long articles, long views) {
    }

    record ReadArticle(long id, String title, String titleLang, String department, String section, Instant released,
            long views) {
    }

    /** The median wait of a department's articles; {@code departmentId} null for all departments together. */
    record ReviewTime(Long departmentId, String department, long articles, Duration median) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    PublishingFigures(JdbcClient jdbc, Clock clock, CampusNewsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    ZoneId zone() {
        return zone;
    }

    /** Articles published per department and month, the departments in their set order. */
    List<MonthCount> publishedPerDepartmentAndMonth(MonthRange range, Language language) {
        return inRange(jdbc.sql("""
                        select d.id, d.name_%s as name, to_char(a.release_time at time zone :zone, 'YYYY-MM') as month,
                               count(*) as articles
                        from article a join department d on d.id = a.department_id
                        where %s
                        group by d.id, month
                        order by d.sort_order, d.id, month""".formatted(language.code(), RELEASED)), range)
                .param("zone", zone.getId())
                .query((rs, row) -> new MonthCount(rs.getLong("id"), rs.getString("name"),
                        YearMonth.parse(rs.getString("month")), rs.getLong("articles")))
                .list();
    }

    /** Views of the articles released in the range, per section, most viewed first. */
    List<ViewTotal> viewsPerSection(MonthRange range, Language language) {
        return viewsPer("section", "section_id", range, language);
    }

    /** Views of the articles released in the range, per publishing department, most viewed first. */
    List<ViewTotal> viewsPerDepartment(MonthRange range, Language language) {
        return viewsPer("department", "department_id", range, language);
    }

    private List<ViewTotal> viewsPer(String table, String column, MonthRange range, Language language) {
        return inRange(jdbc.sql("""
                        select g.id, g.name_%s as name, count(*) as articles, sum(a.browse_count) as views
                        from article a join %s g on g.id = a.%s
                        where %s
                        group by g.id
                        order by views desc, g.sort_order, g.id""".formatted(language.code(), table, column, RELEASED)),
                range)
                .query((rs, row) -> new ViewTotal(rs.getLong("id"), rs.getString("name"), rs.getLong("articles"),
                        rs.getLong("views")))
                .list();
    }

    /** The most viewed articles among those released in the last {@code window}, up to now. */
    List<ReadArticle> mostRead(Duration window, int limit, Language language) {
        Instant now = clock.instant();
        // The ten are chosen first, alone: joined to the names, the planner would read the whole table in parallel
        // rather than the month's range of the release time index.
        return jdbc.sql("""
                        with top as (
                            select a.id, a.department_id, a.section_id, a.release_time, a.browse_count from article a
                            where a.status = 'PUBLISHED' and a.deleted_at is null
                              and a.release_time > :since and a.release_time <= :now
                            order by a.browse_count desc, a.release_time desc, a.id desc
                            limit :limit
                        )
                        select top.id, t.title, t.lang, d.name_%1$s as department, s.name_%1$s as section,
                               top.release_time, top.browse_count
                        from top
                        join department d on d.id = top.department_id
                        join section s on s.id = top.section_id
                        left join lateral (
                            select tr.title, tr.lang from article_translation tr where tr.article_id = top.id
                            order by (tr.lang = :lang) desc, tr.original desc limit 1) t on true
                        order by top.browse_count desc, top.release_time desc, top.id desc""".formatted(language.code()))
                .param("lang", language.code())
                .param("since", Timestamp.from(now.minus(window)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new ReadArticle(rs.getLong("id"), rs.getString("title"),
                        Language.fromCode(String.valueOf(rs.getString("lang"))).orElse(language).htmlLang(),
                        rs.getString("department"), rs.getString("section"),
                        rs.getTimestamp("release_time").toInstant(), rs.getLong("browse_count")))
                .list();
    }

    /**
     * The median time from submission to publication of the publications in the range (their moment in the audit
     * log), per department and for all: from the first submission after the article's previous publication (so
     * the time it spent returned to its author counts) to the publication. Articles an editor published without
     * their being submitted have no such time and are left out.
     */
    List<ReviewTime> reviewTimes(MonthRange range, Language language) {
        return jdbc.sql("""
                        with publications as (
                            select p.target_id as article_id, p.occurred_at as published_at,
                                   (select max(q.occurred_at) from audit_event q
                                    where q.target_type = 'ARTICLE' and q.target_id = p.target_id
                                      and q.action = 'ARTICLE_PUBLISHED' and q.occurred_at < p.occurred_at) as previous_at
                            from audit_event p
                            where p.action = 'ARTICLE_PUBLISHED' and p.target_type = 'ARTICLE'
                              and p.occurred_at >= :start and p.occurred_at < :until
                        ), waits as (
                            select a.department_id, extract(epoch from pub.published_at - s.submitted_at) as seconds
                            from publications pub
                            join article a on a.id = pub.article_id
                            cross join lateral (
                                select min(e.occurred_at) as submitted_at from audit_event e
                                where e.target_type = 'ARTICLE' and e.target_id = pub.article_id
                                  and e.action = 'ARTICLE_SUBMITTED' and e.occurred_at <= pub.published_at
                                  and e.occurred_at > coalesce(pub.previous_at, '-infinity')) s
                            where s.submitted_at is not null
                        ), medians as (
                            select department_id, count(*) as articles,
                                   percentile_cont(0.5) within group (order by seconds) as median
                            from waits
                            group by grouping sets ((department_id), ())
                        )
                        select d.id, d.name_%s as name, m.articles, m.median
                        from medians m left join department d on d.id = m.department_id
                        order by m.department_id is null, m.median desc, d.id""".formatted(language.code()))
                .param("start", Timestamp.from(range.start(zone)))
                .param("until", Timestamp.from(range.until(zone)))
                .query((rs, row) -> new ReviewTime((Long) rs.getObject("id"), rs.getString("name"), rs.getLong("articles"),
                        Duration.ofMillis(Math.round(rs.getDouble("median") * 1000))))
                .list();
    }

    private JdbcClient.StatementSpec inRange(JdbcClient.StatementSpec statement, MonthRange range) {
        return statement.param("start", Timestamp.from(range.start(zone)))
                .param("until", Timestamp.from(range.until(zone)))
                .param("now", Timestamp.from(clock.instant()));
    }
}
