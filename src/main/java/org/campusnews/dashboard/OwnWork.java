package org.campusnews.dashboard;

import java.sql.Timestamp;
import java.time.Clock;

import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.campusnews.web.StaffTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's own articles on the dashboard, within the departments they may see: those an editor returned to them,
 * their drafts, the articles scheduled for later and what they saved last. "Their own" is the person who created the
 * article. A returned article is a draft that still carries the editor's comment: returning sets it, every other
 * workflow step clears it (so submitting it again takes it off the list), a plain save keeps it.
 */
@Component
class OwnWork {

    static final int SHOWN = 10;

    private static final String RETURNED = WorkItemRows.select("r.occurred_at", "r.actor", "a.review_comment") + """
            left join lateral (
                select e.occurred_at, e.actor from audit_event e
                where e.target_type = 'ARTICLE' and e.target_id = a.id and e.action = 'ARTICLE_RETURNED'
                order by e.occurred_at desc limit 1) r on true
            where a.created_by = :username and a.status = 'DRAFT' and a.deleted_at is null
              and a.review_comment is not null and\s""" + DepartmentScope.CONDITION + """

            order by happened_at desc nulls last, a.id desc
            limit :limit""";

    private static final String DRAFTS = WorkItemRows.select("a.updated_at", "a.updated_by", "null") + """
            where a.created_by = :username and a.status = 'DRAFT' and a.deleted_at is null
              and a.review_comment is null and\s""" + DepartmentScope.CONDITION + """

            order by a.updated_at desc, a.id desc
            limit :limit""";

    private static final String SCHEDULED = WorkItemRows.select("a.release_time", "a.updated_by", "null") + """
            where a.status = 'PUBLISHED' and a.deleted_at is null and a.release_time > :now and\s"""
            + DepartmentScope.CONDITION + """

            order by a.release_time, a.id
            limit :limit""";

    /**
     * The articles of the person's last 500 saves (each save keeps a revision), newest first: bounded however much
     * they have written.
     */
    private static final String RECENT = """
            with saves as (
                select r.article_id, r.created_at from article_revision r
                where r.created_by = :username
                order by r.created_at desc limit 500
            ), mine as (
                select article_id, max(created_at) as saved_at from saves group by article_id
            )
            """ + WorkItemRows.select("m.saved_at", "null", "null") + """
            join mine m on m.article_id = a.id
            where a.deleted_at is null and\s""" + DepartmentScope.CONDITION + """

            order by m.saved_at desc, a.id desc
            limit :limit""";

    private final JdbcClient jdbc;
    private final StaffTime time;
    private final Clock clock;

    OwnWork(JdbcClient jdbc, StaffTime time, Clock clock) {
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    WorkList returned(Staff staff, Language language) {
        return list(RETURNED, staff, language);
    }

    WorkList drafts(Staff staff, Language language) {
        return list(DRAFTS, staff, language);
    }

    WorkList scheduled(Staff staff, Language language) {
        return list(SCHEDULED, staff, language);
    }

    WorkList recent(Staff staff, Language language) {
        return list(RECENT, staff, language);
    }

    private WorkList list(String sql, Staff staff, Language language) {
        JdbcClient.StatementSpec statement = DepartmentScope.of(staff).bind(jdbc.sql(sql))
                .param("lang", language.code())
                .param("username", staff.getUsername())
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", SHOWN);
        return WorkItemRows.list(statement.query(WorkItemRows.mapper(language, time)).list());
    }
}
