package org.campusnews.article;

import org.springframework.data.domain.Page;

/** One page of the staff list of articles, with the choice lists of its filter. */
public record ArticleListPage(Page<Article> page, ArticleEditor.Choices choices) {
}
