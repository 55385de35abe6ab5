package org.campusnews.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published articles of one language whose release time has come, optionally of one section, one
 * publishing department or one year of release. A result needs every required term of the query ({@link SearchTerms})
 * in its title, summary or text, its phrases in order, and none of its excluded words. By relevance, results whose
 * title matches come first, then by rank ({@code ts_rank}: title above summary above text), then newest first; or
 * newest first only. Each result comes with its section's and department's names in the language, its title with
 * the matches marked and a marked snippet of its text ({@link Snippets}).
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 20;

    private static final String RELEVANCE = """
            order by ts_filter(s.terms, '{a}') @@ q.query desc, ts_rank(s.terms, q.query) desc,
                     s.release_time desc, s.article_id desc""";
    private static final String NEWEST = "order by s.release_time desc, s.article_id desc";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SearchFilters filters;
    private final IndexQuery indexQuery;
    private final ZoneId zone;

    SearchService(JdbcClient jdbc, Clock clock, SearchFilters filters, IndexQuery indexQuery,
            CampusNewsProperties properties) {
        this.jdbc = jdbc;
        this.indexQuery = indexQuery;
        this.clock = clock;
        this.filters = filters;
        this.zone = properties.timeZone();
    }

    /** One page of the results with the filters' choices; empty when a filter names no section or department. */
    @Transactional(readOnly = true)
    public Optional<SearchPage> page(SearchRequest request) {
        Language language = request.language();
        Long sectionId = null;
        Long departmentId = null;
        if (request.section() != null) {
            Optional<SearchFilters.Choice> section = filters.section(request.section(), language);
            if (section.isEmpty()) {
                return Optional.empty();
            }
            sectionId = section.get().id();
        }
        if (request.department() != null) {
            Optional<SearchFilters.Choice> department = filters.department(request.department(), language);
            if (department.isEmpty()) {
                return Optional.empty();
            }
            departmentId = department.get().id();
        }
        SearchResults results = results(request, sectionId, departmentId);
        return Optional.of(new SearchPage(request, results, filters.sections(language), filters.departments(language),
                filters.years(language)));
    }

    /** One page (from 1) of the results, all sections, departments and years, by relevance. */
    @Transactional(readOnly = true)
    public SearchResults search(Language language, String query, int page) {
        return results(SearchRequest.of(language, query, page), null, null);
    }

    private SearchResults results(SearchRequest request, Long sectionId, Long departmentId) {
        String cut = SearchTerms.cut(request.query());
        SearchTerms.Query terms = SearchTerms.query(cut);
        int number = Math.max(1, request.page());
        String query = indexQuery.of(terms).orElse(null);
        if (query == null) {
            return new SearchResults(cut, List.of(), 0, number);
        }
        Matches matches = new Matches(request, sectionId, departmentId);
        long total = matches.bind(jdbc.sql("select count(*) " + matches.sql()), query).query(Long.class).single();
        if (total == 0) {
            return new SearchResults(cut, List.of(), 0, number);
        }
        String name = "name_" + request.language().code();
        List<SearchResults.Hit> hits = matches.bind(jdbc.sql("select s.article_id, s.title, s.release_time, "
                        + "(select " + name + " from section where id = s.section_id), "
                        + "(select " + name + " from department where id = s.department_id), "
                        + "left(s.text, " + (Snippets.SCANNED + 1) + ") " + matches.sql()
                        + (request.order() == SearchRequest.Order.NEWEST ? NEWEST : RELEVANCE)
                        + " limit :limit offset :offset"), query)
                .param("limit", PAGE_SIZE).param("offset", (long) (number - 1) * PAGE_SIZE)
                .query((rs, row) -> new SearchResults.Hit(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), Snippets.title(rs.getString(2), terms),
                        Snippets.snippet(rs.getString(6), terms)))
                .list();
        return new SearchResults(cut, hits, total, number);
    }

    /** The rows a request finds, as SQL from {@code from} on, with its parameters. */
    private final class Matches {

        private final SearchRequest request;
        private final Long sectionId;
        private final Long departmentId;

        Matches(SearchRequest request, Long sectionId, Long departmentId) {
            this.request = request;
            this.sectionId = sectionId;
            this.departmentId = departmentId;
        }

        String sql() {
            return """
                    from article_search s, (select cast(:query as tsquery) as query) q
                    where s.lang = :lang and s.release_time <= :now and s.terms @@ q.query
                      and s.status = 'PUBLISHED' and not s.deleted
                      -- The row of an article unpublished while the start-up fill wrote its batch may outlive the change.
                      and exists (select 1 from article a
                                  where a.id = s.article_id and a.status = 'PUBLISHED' and a.deleted_at is null)
                    """
                    + (sectionId == null ? "" : " and s.section_id = :section")
                    + (departmentId == null ? "" : " and s.department_id = :department")
                    + (request.year() == null ? "" : " and s.release_time >= :yearStart and s.release_time < :yearEnd")
                    + "\n";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String query) {
            statement = statement.param("query", query).param("lang", request.language().code())
                    .param("now", Timestamp.from(clock.instant()));
            if (sectionId != null) {
                statement = statement.param("section", sectionId);
            }
            if (departmentId != null) {
                statement = statement.param("department", departmentId);
            }
            if (request.year() != null) {
                statement = statement.param("yearStart", yearStart(request.year()))
                        .param("yearEnd", yearStart(request.year() + 1));
            }
            return statement;
        }

        private Timestamp yearStart(int year) {
            return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        }
    }
}
