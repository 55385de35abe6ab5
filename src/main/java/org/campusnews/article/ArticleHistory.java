package org.campusnews.article;

import java.util.List;

/** An article's revisions, newest first. */
public record ArticleHistory(Article article, List<ArticleRevision> revisions) {

    public ArticleHeading heading() {
        return ArticleHeading.of(article);
    }
}
