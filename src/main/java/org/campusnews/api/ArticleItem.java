package org.campusnews.api;

import java.time.Instant;
import java.util.List;

/**
 * One language version of a published article in a list.
 *
 * @param translator null when the version is not credited to a translating department
 * @param cover null when the article has no cover image
 * @param url the article's page on the site
 * @param changedAt when the article last changed for its readers: its last edit or its release, whichever is later
 */
record ArticleItem(long id, String language, String title, String summary, Instant releaseTime, Place section,
        Place department, Place translator, Cover cover, String url, Instant changedAt) {

    /** A section or department: its slug and its name in the article's language. */
    record Place(String slug, String name) {
    }

    /** An image in every width it is served in, narrowest first. */
    record Cover(String alt, List<Rendition> renditions) {
    }

    record Rendition(String url, int width) {
    }
}
