package org.campusnews.article;

import java.time.Instant;

/**
 * An article as a section list shows it, in one language.
 *
 * @param cover the content hash of its cover image, or null
 */
public record ListedArticle(long id, String title, String summary, Instant releaseTime, boolean pinned, String cover) {
}
