package org.campusnews.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.campusnews.article.ArticleTextSearch;
import org.campusnews.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * The staff list's search: the query read as on the public search page ({@link SearchTerms}, {@link IndexQuery}:
 * phrases, exclusions, both Chinese scripts) over every row of the index, of any status; the staff list applies its
 * own filters and scoping on top. An article matches when one of its versions matches; it ranks by its best version.
 */
@Component
class IndexTextSearch implements ArticleTextSearch {

    private static final String MATCHES = """
            select s.article_id, bool_or(ts_filter(s.terms, '{a}') @@ q.query) as title_match,
                   max(ts_rank(s.terms, q.query)) as rank
            from article_search s, (select cast(:searchQuery as tsquery) as query) q
            where %s
            group by s.article_id""";

    private final IndexQuery indexQuery;

    IndexTextSearch(IndexQuery indexQuery) {
        this.indexQuery = indexQuery;
    }

    /** The language written out, for PostgreSQL to use its index of the words of that language (each is partial). */
    private static String matching(Language language) {
        return "s.lang = '" + language.code() + "' and s.terms @@ q.query";
    }

    private static String anyLanguage() {
        return Arrays.stream(Language.values()).map(language -> "(" + matching(language) + ")")
                .collect(Collectors.joining(" or "));
    }

    @Override
    public Optional<Matches> matching(String query, Language language) {
        return indexQuery.of(SearchTerms.query(SearchTerms.cut(query))).map(tsquery -> {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("searchQuery", tsquery);
            return new Matches(MATCHES.formatted(language == null ? anyLanguage() : matching(language)),
                    Map.copyOf(parameters));
        });
    }
}
