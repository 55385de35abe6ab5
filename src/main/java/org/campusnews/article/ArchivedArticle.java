package org.campusnews.article;

import java.time.Instant;

/**
 * A published article as the archive and department pages list it, in one language.
 *
 * @param summary its summary, or null
 * @param sectionName the name of its section in the list's language
 */
public record ArchivedArticle(long id, String title, String summary, Instant releaseTime, String sectionSlug,
        String sectionName) {
}
