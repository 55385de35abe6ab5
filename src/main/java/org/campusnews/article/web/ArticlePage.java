package org.campusnews.article.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.i18n.Language;

/** Everything the public article page shows, in the page's language. */
public record ArticlePage(
        long id,
        Language language,
        String title,
        String summary,
        String body,
        LocalDateTime releaseTime,
        String source,
        long browseCount,
        String translatedBy,
        String sectionSlug,
        String sectionName,
        TitleLink previous,
        TitleLink next,
        boolean otherLanguageAvailable) {

    public static ArticlePage of(ArticleReading.Shown reading, Language language, ZoneId zone) {
        Article article = reading.article();
        ArticleTranslation translation = reading.translation();
        return new ArticlePage(
                article.getId(),
                language,
                translation.getTitle(),
                translation.getSummary(),
                translation.getBody(),
                LocalDateTime.ofInstant(article.getReleaseTime(), zone),
                blankToNull(article.getSource()),
                reading.browseCount(),
                translation.getTranslator() == null ? null : translation.getTranslator().name(language),
                article.getSection().getSlug(),
                article.getSection().name(language),
                reading.neighbours().previous().map(link -> TitleLink.of(link, language)).orElse(null),
                reading.neighbours().next().map(link -> TitleLink.of(link, language)).orElse(null),
                article.translation(language.other()).isPresent());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
