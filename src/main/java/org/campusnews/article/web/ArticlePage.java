package org.campusnews.article.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.i18n.Language;
import org.campusnews.media.AttachmentView;
import org.campusnews.media.ImageView;
import org.campusnews.media.MediaViews;

/**
 * Everything the public article page shows, in the page's language. The body's uploaded images are shown in their
 * renditions; {@code cover} is null when the article has none. {@code source} is a department's name in the page's
 * language (with {@code sourcePath}, its page) or the text this version names, or null. The publishing department
 * and the translating one ({@code translatorSlug}, null without one) link to their pages.
 */
public record ArticlePage(
        long id,
        Language language,
        String title,
        String summary,
        String body,
        LocalDateTime releaseTime,
        String source,
        String sourcePath,
        long browseCount,
        String translatedBy,
        String sectionSlug,
        String sectionName,
        TitleLink previous,
        TitleLink next,
        boolean otherLanguageAvailable,
        ImageView cover,
        List<AttachmentView> attachments,
        String departmentSlug,
        String departmentName,
        String translatorSlug) {

    public static ArticlePage of(ArticleReading.Shown reading, Language language, ZoneId zone, MediaViews media) {
        Article article = reading.article();
        ArticleTranslation translation = reading.translation();
        return new ArticlePage(
                article.getId(),
                language,
                translation.getTitle(),
                translation.getSummary(),
                media.body(translation.getBody()),
                LocalDateTime.ofInstant(article.getReleaseTime(), zone),
                source(article, translation, language),
                article.getSourceDepartment() == null ? null
                        : ArticlePaths.department(language, article.getSourceDepartment().getSlug()),
                reading.browseCount(),
                translation.getTranslator() == null ? null : translation.getTranslator().name(language),
                article.getSection().getSlug(),
                article.getSection().name(language),
                reading.neighbours().previous().map(link -> TitleLink.of(link, language)).orElse(null),
                reading.neighbours().next().map(link -> TitleLink.of(link, language)).orElse(null),
                article.translation(language.other()).isPresent(),
                media.cover(article.getCover(), language),
                media.attachments(article.getAttachments()),
                article.getDepartment().getSlug(),
                article.getDepartment().name(language),
                translation.getTranslator() == null ? null : translation.getTranslator().getSlug());
    }

    /** Whether the source is the publishing department, which the meta line then names once. */
    public boolean departmentIsSource() {
        return sourcePath != null && sourcePath.equals(ArticlePaths.department(language, departmentSlug));
    }

    /** The other articles the page links to by title. */
    public List<Long> linkedArticleIds() {
        return Stream.of(previous, next).filter(Objects::nonNull).map(TitleLink::id).toList();
    }

    private static String source(Article article, ArticleTranslation translation, Language language) {
        if (article.getSourceDepartment() != null) {
            return article.getSourceDepartment().name(language);
        }
        return blankToNull(translation.getSource());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
