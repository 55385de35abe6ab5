package org.campusnews.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.user.Staff;

/**
 * The staff list's filter, scoping and order as SQL over {@code article a}, with the text search's matches joined as
 * {@code m} when the list is searched.
 */
final class ArticleListSql {

    /** The matches of a query with nothing to search for, with the columns the order reads. */
    private static final String NO_MATCHES =
            "select cast(null as bigint) as article_id, false as title_match, cast(0 as real) as rank where false";

    private final String from;
    private final String order;
    private final Map<String, Object> parameters;

    private ArticleListSql(String from, String order, Map<String, Object> parameters) {
        this.from = from;
        this.order = order;
        this.parameters = parameters;
    }

    static ArticleListSql of(ArticleFilter filter, Staff staff, ArticleTextSearch textSearch) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>();
        StringBuilder from = new StringBuilder("from article a");
        if (filter.searches()) {
            Optional<ArticleTextSearch.Matches> matches = textSearch.matching(filter.text(), filter.language());
            from.append(" join (").append(matches.map(ArticleTextSearch.Matches::sql).orElse(NO_MATCHES))
                    .append(") m on m.article_id = a.id");
            matches.ifPresent(found -> parameters.putAll(found.parameters()));
        }
        where.add(filter.deleted() && staff.isAdmin() ? "a.deleted_at is not null" : "a.deleted_at is null");
        if (!staff.getRole().seesAllDepartments()) {
            where.add("a.department_id in (:departments)");
            parameters.put("departments", staff.getDepartmentIds().isEmpty() ? List.of(-1L) : List.copyOf(staff.getDepartmentIds()));
        }
        if (filter.status() != null) {
            where.add("a.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.level() != null) {
            where.add("a.status = 'IN_REVIEW' and a.review_level = :level");
            parameters.put("level", filter.level().name());
        }
        if (filter.sectionId() != null) {
            where.add("a.section_id = :sectionId");
            parameters.put("sectionId", filter.sectionId());
        }
        if (filter.departmentId() != null) {
            where.add("a.department_id = :departmentId");
            parameters.put("departmentId", filter.departmentId());
        }
        if (filter.language() != null) {
            where.add("exists (select 1 from article_translation t where t.article_id = a.id and t.lang = :lang)");
            parameters.put("lang", filter.language().code());
        }
        from.append(" where ").append(String.join(" and ", where));
        return new ArticleListSql(from.toString(), order(filter), parameters);
    }

    /** The list order, with the id as tie-breaker so that Previous/Next are well defined. */
    private static String order(ArticleFilter filter) {
        String direction = filter.ascending() ? " asc" : " desc";
        return switch (filter.order()) {
            case UPDATED -> "a.updated_at" + direction + ", a.id" + direction;
            case RELEASE -> "a.release_time" + direction + ", a.id" + direction;
            case ID -> "a.id" + direction;
            case RELEVANCE -> "m.title_match desc, m.rank desc, a.release_time desc nulls last, a.id desc";
        };
    }

    /** One page of ids: {@code :limit} from {@code :offset}. */
    String page() {
        return "select a.id " + from + " order by " + order + " limit :limit offset :offset";
    }

    String count() {
        return "select count(*) " + from;
    }

    /** Where {@code :articleId} stands in the list, and its neighbours: position (from 1), previous, next, total. */
    String place() {
        return """
                select position, previous, next, total from (
                    select a.id, row_number() over list as position, lag(a.id) over list as previous,
                           lead(a.id) over list as next, count(*) over () as total
                    %s
                    window list as (order by %s)
                ) listed
                where id = :articleId""".formatted(from, order);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
