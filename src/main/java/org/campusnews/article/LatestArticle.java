package org.campusnews.article;

import java.time.Instant;

/**
 * A published article in one language as {@link LatestArticles} reads it; names are in that language.
 *
 * @param body the stored, sanitised HTML, with uploaded media as paths of the site
 * @param cover the content hash of the cover image, null without one
 */
public record LatestArticle(long id, String title, String summary, String body, Instant releaseTime,
        Instant updatedAt, String sectionSlug, String sectionName, String departmentName, String cover) {

    /** When readers last saw it change: its last edit, or its release if that came later. */
    public Instant changedAt() {
        return updatedAt.isAfter(releaseTime) ? updatedAt : releaseTime;
    }
}
