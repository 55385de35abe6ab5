package org.campusnews.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.campusnews.i18n.Language;
import org.campusnews.web.StaffTime;
import org.springframework.jdbc.core.RowMapper;

/**
 * What every list of the dashboard reads of an article {@code a}: its title in the reader's language (else the
 * other's), its department, and the list's own moment, person and note; {@code total} counts the rows before the
 * limit. A list adds its joins, conditions and order after {@link #select}.
 */
final class WorkItemRows {

    private WorkItemRows() {
    }

    /** The select list and joins, with the SQL expressions of the list's moment, person and note. */
    static String select(String when, String who, String note) {
        return """
                select a.id, t.title, t.lang, d.name_en, d.name_zh, a.status,
                       %s as happened_at, %s as person, %s as note, count(*) over () as total
                from article a
                join department d on d.id = a.department_id
                left join lateral (
                    select tr.title, tr.lang from article_translation tr where tr.article_id = a.id
                    order by (tr.lang = :lang) desc, tr.original desc limit 1) t on true
                """.formatted(when, who, note);
    }

    /** A row read: the item and the number of rows the list has in all. */
    record Row(WorkItem item, long total) {
    }

    static RowMapper<Row> mapper(Language language, StaffTime time) {
        return (ResultSet rs, int row) -> {
            long id = rs.getLong("id");
            Timestamp when = rs.getTimestamp("happened_at");
            String title = rs.getString("title");
            String lang = rs.getString("lang");
            WorkItem item = new WorkItem(id, title == null ? "#" + id : title,
                    Language.fromCode(lang == null ? "" : lang).orElse(language).htmlLang(),
                    rs.getString(language == Language.ZH ? "name_zh" : "name_en"), rs.getString("status"),
                    when == null ? "" : time.toMinute(when.toInstant()), rs.getString("person"), rs.getString("note"));
            return new Row(item, rs.getLong("total"));
        };
    }

    static WorkList list(List<Row> rows) {
        return WorkList.of(rows.stream().map(Row::item).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
    }
}
