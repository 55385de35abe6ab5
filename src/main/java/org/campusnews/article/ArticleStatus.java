package org.campusnews.article;

public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
