package org.campusnews.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.campusnews.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published articles of one language whose release time has come. A result needs every term of the
 * query ({@link SearchTerms}) in its title, summary or text; results whose title matches come first, then by rank
 * ({@code ts_rank}, title above summary above text), then newest first. Each result comes with its section's and
 * department's names in the language, its title with the matches marked and a marked snippet of its text
 * ({@link Snippets}).
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 20;

    private static final String MATCHES = """
            from article_search s,
                 (select plainto_tsquery('english', :words) && cast(:cjk as tsquery) as query) q
            where s.lang = :lang and s.release_time <= :now and s.terms @@ q.query
              and s.status = 'PUBLISHED' and not s.deleted
              -- The row of an article unpublished while the start-up fill wrote its batch may outlive the change.
              and exists (select 1 from article a
                          where a.id = s.article_id and a.status = 'PUBLISHED' and a.deleted_at is null)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page (from 1) of the results; no results for a query without terms (empty, punctuation, stop words). */
    @Transactional(readOnly = true)
    public SearchResults search(Language language, String query, int page) {
        String cut = SearchTerms.cut(query);
        SearchTerms.Query terms = SearchTerms.query(cut);
        int number = Math.max(1, page);
        if (terms.isEmpty()) {
            return new SearchResults(cut, List.of(), 0, number);
        }
        Timestamp now = Timestamp.from(clock.instant());
        long total = jdbc.sql("select count(*) " + MATCHES)
                .param("words", terms.words()).param("cjk", terms.cjkTsquery())
                .param("lang", language.code()).param("now", now)
                .query(Long.class).single();
        if (total == 0) {
            return new SearchResults(cut, List.of(), 0, number);
        }
        String name = "name_" + language.code();
        List<SearchResults.Hit> hits = jdbc.sql("select s.article_id, s.title, s.release_time, "
                        + "(select " + name + " from section where id = s.section_id), "
                        + "(select " + name + " from department where id = s.department_id), "
                        + "left(s.text, " + (Snippets.SCANNED + 1) + ") " + MATCHES + """
                        order by ts_filter(s.terms, '{a}') @@ q.query desc, ts_rank(s.terms, q.query) desc,
                                 s.release_time desc, s.article_id desc
                        limit :limit offset :offset""")
                .param("words", terms.words()).param("cjk", terms.cjkTsquery())
                .param("lang", language.code()).param("now", now)
                .param("limit", PAGE_SIZE).param("offset", (long) (number - 1) * PAGE_SIZE)
                .query((rs, row) -> new SearchResults.Hit(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), Snippets.title(rs.getString(2), terms),
                        Snippets.snippet(rs.getString(6), terms)))
                .list();
        return new SearchResults(cut, hits, total, number);
    }
}
