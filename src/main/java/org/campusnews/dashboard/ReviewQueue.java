package org.campusnews.dashboard;

import java.util.List;

import org.campusnews.article.ReviewLevel;
import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.campusnews.web.StaffTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The articles waiting for this person's review, longest waiting first: those waiting at a level of the review chain
 * this person decides at ({@link ReviewLevel#takenBy}), in the departments they work for. Authors review nothing.
 */
@Component
class ReviewQueue {

    static final int SHOWN = 10;

    /** Waiting since the latest submission or approval in the audit log, which says by whom. */
    private static final String SQL = WorkItemRows.select("coalesce(s.occurred_at, a.updated_at)", "s.actor", "null") + """
            left join lateral (
                select e.occurred_at, e.actor from audit_event e
                where e.target_type = 'ARTICLE' and e.target_id = a.id and e.action in ('ARTICLE_SUBMITTED', 'ARTICLE_APPROVED')
                order by e.occurred_at desc limit 1) s on true
            where a.status = 'IN_REVIEW' and a.review_level in (:levels) and a.deleted_at is null
                and\s""" + DepartmentScope.CONDITION + """

            order by happened_at, a.id
            limit :limit""";

    private final JdbcClient jdbc;
    private final StaffTime time;

    ReviewQueue(JdbcClient jdbc, StaffTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    boolean reviews(Staff staff) {
        return !ReviewLevel.takenBy(staff).isEmpty();
    }

    WorkList waitingFor(Staff staff, Language language) {
        if (!reviews(staff)) {
            return WorkList.EMPTY;
        }
        List<WorkItemRows.Row> rows = DepartmentScope.of(staff).bind(jdbc.sql(SQL))
                .param("lang", language.code())
                .param("levels", ReviewLevel.takenBy(staff).stream().map(Enum::name).toList())
                .param("limit", SHOWN)
                .query(WorkItemRows.mapper(language, time))
                .list();
        return WorkItemRows.list(rows);
    }
}
