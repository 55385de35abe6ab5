package org.campusnews.article;

import java.util.Map;
import java.util.Optional;

import org.campusnews.i18n.Language;

/**
 * Finds articles by the words of their title, summary and text, for the staff list; implemented by the site search,
 * so that staff and visitors search alike.
 */
public interface ArticleTextSearch {

    /**
     * The articles, of any status, whose text matches the query, in one language's version or in any when
     * {@code language} is null; empty when the query has nothing to search for (only punctuation or stop words).
     */
    Optional<Matches> matching(String query, Language language);

    /**
     * A SQL relation of the matching articles, one row per article with the columns {@code article_id},
     * {@code title_match} (whether a title matches) and {@code rank} (higher is better), with the values of its named
     * parameters, whose names all start with {@code search}.
     */
    record Matches(String sql, Map<String, Object> parameters) {
    }
}
