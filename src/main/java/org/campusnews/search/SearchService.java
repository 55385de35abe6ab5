package org.campusnews.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * title matches come first, then the others, newest first in each; or newest first only. Up to
 * {@value SearchResults#COUNTED} results are counted and listed. Each result comes with its section's and
 * department's names in the language, its title with the matches marked and a marked snippet of its text
 * ({@link Snippets}).
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 20;

    private static final String ALL_TERMS = "s.terms @@ cast(:query as tsquery)";
    /**
     * A title that matches holds every required term, so the whole text need not be read to know that the article
     * matches, unless the query excludes words (its {@code tsquery} then has a {@code !}).
     */
    private static final String TITLE_TERMS = "s.title_terms @@ cast(:query as tsquery)";

    /**
     * The fill locks the articles it reads, and the rebuild copies the rows of articles changed meanwhile, so their
     * rows cannot outlive a change; rows changed by hand in the database might, and are never shown. (They are not looked for when counting, where the check would
     * cost a lookup per match.)
     */
    private static final String STILL_PUBLISHED = """
             and exists (select 1 from article a
                         where a.id = s.article_id and a.status = 'PUBLISHED' and a.deleted_at is null)""";

    private static final String PLAN_SETTINGS =
            "'enable_seqscan', 'jit', 'enable_bitmapscan', 'enable_sort', 'enable_indexscan'";

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
            return SearchResults.none(cut, number);
        }
        Matches matches = new Matches(request, sectionId, departmentId, query);
        List<String> groups = request.order() == SearchRequest.Order.NEWEST ? List.of(ALL_TERMS)
                : List.of(query.contains("!") ? ALL_TERMS + " and " + TITLE_TERMS : TITLE_TERMS,
                        ALL_TERMS + " and not " + TITLE_TERMS);
        long window = (long) number * PAGE_SIZE;
        long counted = 0;
        List<SearchResults.Hit> listed = new ArrayList<>();
        try {
            for (String group : groups) {
                long inGroup = count(matches, group);
                counted += inGroup;
                if (listed.size() < window && inGroup > 0) {
                    listed.addAll(newest(matches, group, window - listed.size(), inGroup > SearchResults.COUNTED, terms));
                }
            }
        } finally {
            planFreely();
        }
        if (counted == 0) {
            return SearchResults.none(cut, number);
        }
        long offset = window - PAGE_SIZE;
        List<SearchResults.Hit> hits = offset >= listed.size() ? List.of()
                : listed.subList((int) offset, (int) Math.min(listed.size(), window));
        return new SearchResults(cut, hits, Math.min(counted, SearchResults.COUNTED), counted > SearchResults.COUNTED,
                number);
    }

    /**
     * How many rows of a group match, up to one more than {@value SearchResults#COUNTED}, from the index of the words
     * (one per language, so that a word common in the other language costs nothing here), whatever PostgreSQL
     * estimates: its estimates for pairs of characters and for words of the other language are often far off.
     */
    private long count(Matches matches, String group) {
        plan(false);
        return matches.bind(jdbc.sql("select count(*) from (select 1 " + matches.sql(group) + " limit "
                + (SearchResults.COUNTED + 1) + ") counted")).query(Long.class).single();
    }

    /**
     * Up to {@code limit} rows of a group, newest first. A group of at most {@value SearchResults#COUNTED} rows is read
     * whole from the index of the words and sorted; a larger one by walking the release times newest first, which
     * stops at the page's end and, with that many matches, meets one every few rows.
     */
    private List<SearchResults.Hit> newest(Matches matches, String group, long limit, boolean common,
            SearchTerms.Query terms) {
        plan(common);
        String name = "name_" + matches.request.language().code();
        // Each plan its own statement text, so that a plan the driver's prepared statement keeps is always the one set.
        return matches.bind(jdbc.sql((common ? "/* by release time */ " : "/* by words */ ")
                        + "select s.article_id, s.title, s.release_time, "
                        + "(select " + name + " from section where id = s.section_id), "
                        + "(select " + name + " from department where id = s.department_id), "
                        + "left(s.text, " + (Snippets.SCANNED + 1) + ") " + matches.sql(group) + STILL_PUBLISHED
                        + " order by s.release_time desc, s.article_id desc limit :limit"))
                .param("limit", limit)
                .query((rs, row) -> new SearchResults.Hit(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), Snippets.title(rs.getString(2), terms),
                        Snippets.snippet(rs.getString(6), terms)))
                .list();
    }

    /** Leaves the plans of the transaction's further statements to PostgreSQL's settings again. */
    private void planFreely() {
        jdbc.sql("select set_config(name, reset_val, true) from pg_settings where name in (" + PLAN_SETTINGS + ")")
                .query((rs, row) -> row).list();
    }

    /**
     * The plan of the next statement, for this transaction: the release-time walk (no sort, so that PostgreSQL walks
     * the index in the order asked for, whatever it estimates) or the index of the words. Without JIT compilation,
     * which PostgreSQL would start for the cost it wrongly estimates for the plan not chosen, and which alone takes
     * longer than the search.
     */
    private void plan(boolean walkReleaseTimes) {
        String walk = walkReleaseTimes ? "on" : "off";
        String words = walkReleaseTimes ? "off" : "on";
        jdbc.sql("select set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), "
                        + "set_config('enable_bitmapscan', :words, true), set_config('enable_sort', :words, true), "
                        + "set_config('enable_indexscan', :walk, true)")
                .param("words", words).param("walk", walk).query((rs, row) -> row).list();
    }

    /** The rows a request finds, as SQL from {@code from} on, with its parameters. */
    private final class Matches {

        private final SearchRequest request;
        private final Long sectionId;
        private final Long departmentId;
        private final String query;

        Matches(SearchRequest request, Long sectionId, Long departmentId, String query) {
            this.request = request;
            this.sectionId = sectionId;
            this.departmentId = departmentId;
            this.query = query;
        }

        /**
         * From {@code from} on. The language is written out, not bound, so that PostgreSQL picks its index of the
         * words (each is partial, for one language) whatever plan it keeps for the statement.
         */
        String sql(String matching) {
            return """
                    from article_search s
                    where s.lang = '%s' and s.release_time <= :now and %s
                      and s.status = 'PUBLISHED' and not s.deleted
                    """.formatted(request.language().code(), matching)
                    + (sectionId == null ? "" : " and s.section_id = :section")
                    + (departmentId == null ? "" : " and s.department_id = :department")
                    + (request.year() == null ? "" : " and s.release_time >= :yearStart and s.release_time < :yearEnd")
                    + "\n";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            statement = statement.param("query", query).param("now", Timestamp.from(clock.instant()));
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
