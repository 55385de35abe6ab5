package org.campusnews.article;

import java.util.List;

import org.campusnews.i18n.Language;

/**
 * What the staff pages of a stored article (editor, history, comparison) show of it above their content.
 *
 * @param status {@code DELETED} for a deleted article, otherwise its workflow status
 * @param languages the languages it is written in, each with a preview
 * @param reviewComment the comment it was returned with; null when none
 * @param reviewLevel the level of the review chain it waits at; null when it is not in review
 */
public record ArticleHeading(long id, String status, List<Language> languages, String reviewComment, long version,
        ReviewLevel reviewLevel) {

    static ArticleHeading of(Article article) {
        if (article == null) {
            return null;
        }
        List<Language> languages = article.getTranslations().stream().map(ArticleTranslation::getLanguage).toList();
        return new ArticleHeading(article.getId(), article.isDeleted() ? "DELETED" : article.getStatus().name(),
                languages, article.getReviewComment(), article.getVersion(), article.getReviewLevel());
    }
}
