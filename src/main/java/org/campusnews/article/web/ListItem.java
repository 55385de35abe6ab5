package org.campusnews.article.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.campusnews.article.ListedArticle;
import org.campusnews.media.MediaViews;

/**
 * An article as a list on the home or a section page shows it: its release day in the site's time zone and the
 * address of its cover's thumbnail (null without a cover).
 */
public record ListItem(long id, String title, boolean pinned, Instant releaseTime, LocalDate releaseDate,
        String thumbnail) {

    static List<ListItem> of(List<ListedArticle> articles, ZoneId zone, MediaViews media) {
        return articles.stream()
                .map(article -> new ListItem(article.id(), article.title(), article.pinned(), article.releaseTime(),
                        LocalDate.ofInstant(article.releaseTime(), zone), media.thumbnail(article.cover())))
                .toList();
    }
}
