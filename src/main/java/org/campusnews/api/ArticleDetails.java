package org.campusnews.api;

import java.time.Instant;
import java.util.List;

/**
 * One language version of a published article in full, as its page shows it.
 *
 * @param body the article's HTML, sanitised, with its images in their renditions as on the page
 * @param otherLanguages the languages the article can also be read in
 * @param previous the article listed above it in its section (newer, or pinned), null when none
 * @param next the article listed below it in its section (older), null when none
 */
record ArticleDetails(long id, String language, String title, String summary, Instant releaseTime,
        ArticleItem.Place section, ArticleItem.Place department, ArticleItem.Place translator, ArticleItem.Cover cover,
        String url, Instant changedAt, String body, List<Attachment> attachments, List<String> otherLanguages,
        Neighbour previous, Neighbour next) {

    /** An attached file: its name, its media type, its size in bytes and its address. */
    record Attachment(String name, String type, long size, String url) {
    }

    record Neighbour(long id, String title, String url) {
    }
}
