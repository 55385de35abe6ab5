package org.campusnews.search;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A query's terms as PostgreSQL reads them against the index, the same for visitors' and staff searches. */
@Component
class IndexQuery {

    private final JdbcClient jdbc;

    IndexQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The query as {@code tsquery} text; empty when nothing of it can be looked up in the index: no terms, only stop
     * words, or only exclusions, which would have to scan every row.
     */
    Optional<String> of(SearchTerms.Query terms) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select case when querytree(q) in ('', 'T') then null else cast(q as text) end
                        from (select websearch_to_tsquery('english', :web) && cast(:cjk as tsquery) as q) query""")
                .param("web", terms.webSearch()).param("cjk", terms.cjkTsquery())
                .query(String.class).optional();
    }
}
