package org.campusnews.article.admin;

import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ReviewLevel;
import org.campusnews.i18n.Language;
import org.campusnews.web.StaffTime;

/**
 * A line of the staff list of articles, with its texts in the admin UI's language and its times formatted.
 *
 * @param reviewLevel the level of the review chain it waits at; null when it is not in review
 */
record ArticleRow(long id, List<Title> titles, String section, String department, String status, ReviewLevel reviewLevel,
        String releaseTime, String updated, String updatedBy) {

    /** A title in one of the article's languages. */
    record Title(String htmlLang, String text) {
    }

    static ArticleRow of(Article article, Language language, StaffTime time) {
        List<Title> titles = article.getTranslations().stream()
                .map(translation -> new Title(translation.getLanguage().htmlLang(), translation.getTitle()))
                .toList();
        return new ArticleRow(article.getId(), titles, article.getSection().name(language),
                article.getDepartment().name(language), article.isDeleted() ? "DELETED" : article.getStatus().name(),
                article.isDeleted() ? null : article.getReviewLevel(),
                time.toMinute(article.getReleaseTime()), time.toMinute(article.getUpdatedAt()), article.getUpdatedBy());
    }
}
