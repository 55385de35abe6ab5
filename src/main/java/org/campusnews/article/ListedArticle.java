package org.campusnews.article;

import java.time.Instant;

/** An article as a section list shows it, in one language. */
public record ListedArticle(long id, String title, String summary, Instant releaseTime, boolean pinned) {
}
