package org.campusnews.article;

import java.util.List;

/**
 * What changed between a revision and the article as it is now.
 *
 * @param mayRestore whether this person may put the revision back
 */
public record RevisionComparison(Article article, long revisionId, boolean mayRestore, List<FieldChange> changes) {

    public ArticleHeading heading() {
        return ArticleHeading.of(article);
    }
}
