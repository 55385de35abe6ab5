package org.campusnews.article;

/** Where an article stands in the editorial workflow; only PUBLISHED articles reach the public site. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
