package org.campusnews.article;

import java.time.Instant;

import org.campusnews.i18n.Language;

/**
 * Which published articles a client asks for, newest release first: those visible in a language, optionally of one
 * section, of one department (as publisher or as translator of that language's version), changed at or after an
 * instant, matching a search query as the site search reads it, and released before a position of an earlier page.
 *
 * @param sectionSlug null for every section
 * @param departmentSlug null for every department
 * @param changedSince null for any time
 * @param text a search query, null for none
 * @param after null for the first page
 * @param limit how many articles at most, at least 1
 */
public record ArticleSelection(Language language, String sectionSlug, String departmentSlug, Instant changedSince,
        String text, ReleasePosition after, int limit) {
}
