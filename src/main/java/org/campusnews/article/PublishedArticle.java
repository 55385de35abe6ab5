package org.campusnews.article;

import java.time.Instant;

import org.campusnews.i18n.Language;

/**
 * One language version of a published article as lists describe it, with the names in that language.
 *
 * @param summary null when the version has none
 * @param changedAt the later of the article's last change and its release, when it last changed for its readers
 * @param translator null when the version is not a translation credited to a department
 * @param cover null when the article has no cover image
 */
public record PublishedArticle(long id, Language language, String title, String summary, Instant releaseTime,
        Instant changedAt, NamedPlace section, NamedPlace department, NamedPlace translator, CoverImage cover) {

    /** A section or department by its slug and its name in the article's language. */
    public record NamedPlace(String slug, String name) {
    }

    /** What the renditions of an image depend on, and its text alternative in the article's language ("" if none). */
    public record CoverImage(String sha256, int width, int height, boolean animated, String alt) {
    }

    public ReleasePosition position() {
        return new ReleasePosition(releaseTime, id);
    }
}
