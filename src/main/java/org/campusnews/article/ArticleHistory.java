package org.campusnews.article;

import java.util.List;

/** An article's revisions, newest first, and the decisions of its reviews, oldest first. */
public record ArticleHistory(Article article, List<ArticleRevision> revisions, List<ReviewDecision> reviews) {

    public ArticleHeading heading() {
        return ArticleHeading.of(article);
    }
}
