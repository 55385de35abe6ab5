package org.campusnews.archive.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.campusnews.article.ArchivedArticle;

/** An article as the archive and department pages list it: with its release day in the site's time zone. */
record ArchiveEntry(long id, String title, String summary, Instant releaseTime, LocalDate releaseDate,
        String sectionSlug, String sectionName) {

    static List<ArchiveEntry> of(List<ArchivedArticle> articles, ZoneId zone) {
        return articles.stream()
                .map(article -> new ArchiveEntry(article.id(), article.title(), blankToNull(article.summary()),
                        article.releaseTime(), LocalDate.ofInstant(article.releaseTime(), zone),
                        article.sectionSlug(), article.sectionName()))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
