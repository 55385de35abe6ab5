package org.campusnews.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many articles match, on all pages
 * @param page the page shown, from 1
 */
public record SearchResults(List<Hit> hits, long total, int page) {

    public record Hit(long articleId, String title, Instant releaseTime) {
    }
}
