package org.campusnews.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

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
        String url, Instant changedAt,
        @Schema(description = "The sanitised HTML body, its images in their renditions, as the article's page shows it")
        String body,
        List<Attachment> attachments,
        @Schema(description = "The other languages the article can be read in") List<String> otherLanguages,
        @Schema(description = "The article above it in its section's list (newer, or pinned)", nullable = true)
        Neighbour previous,
        @Schema(description = "The article below it in its section's list (older)", nullable = true) Neighbour next) {

    /** An attached file: its name, its media type, its size in bytes and its address. */
    record Attachment(String name, @Schema(description = "Its media type, such as application/pdf") String type,
            @Schema(description = "Its size in bytes") long size, String url) {
    }

    record Neighbour(long id, String title, String url) {
    }
}
