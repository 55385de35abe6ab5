package org.campusnews.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One language version of a published article in a list.
 *
 * @param translator null when the version is not credited to a translating department
 * @param cover null when the article has no cover image
 * @param url the article's page on the site
 * @param changedAt when the article last changed for its readers: its last edit or its release, whichever is later
 */
@Schema(description = "One language version of a published article in a list")
record ArticleItem(
        long id,
        @Schema(allowableValues = {"en", "zh"}) String language,
        String title,
        @Schema(nullable = true) String summary,
        @Schema(description = "When the article was released") Instant releaseTime,
        Place section,
        @Schema(description = "The department that published the article") Place department,
        @Schema(description = "The department credited with translating this version", nullable = true) Place translator,
        @Schema(description = "The cover image, null without one", nullable = true) Cover cover,
        @Schema(description = "The article's page on the site") String url,
        @Schema(description = "When the article last changed for its readers: its last edit or its release, "
                + "whichever is later; what since compares with") Instant changedAt) {

    /** A section or department: its slug and its name in the article's language. */
    record Place(String slug, String name) {
    }

    /** An image in every width it is served in, narrowest first. */
    record Cover(String alt, List<Rendition> renditions) {
    }

    record Rendition(String url, @Schema(description = "Width in pixels") int width) {
    }
}
