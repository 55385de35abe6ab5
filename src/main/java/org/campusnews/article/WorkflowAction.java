package org.campusnews.article;

import java.util.Set;

/**
 * The steps of the editorial workflow, with the states each may start from. Who may take each one, at which level of
 * the review chain, is {@link ArticlePermissions}'s to say; where each leads, {@link ArticleAdminService}'s.
 */
public enum WorkflowAction {
    /** Into review, at the first level of its section's chain. */
    SUBMIT(Set.of(ArticleStatus.DRAFT)),
    /** Passes the level the article waits at, on to the next one. */
    APPROVE(Set.of(ArticleStatus.IN_REVIEW)),
    PUBLISH(Set.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED)),
    /** Back to its author as a draft, with a comment. */
    RETURN(Set.of(ArticleStatus.IN_REVIEW)),
    UNPUBLISH(Set.of(ArticleStatus.PUBLISHED)),
    ARCHIVE(Set.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED));

    private final Set<ArticleStatus> from;

    WorkflowAction(Set<ArticleStatus> from) {
        this.from = from;
    }

    public boolean startsFrom(ArticleStatus status) {
        return from.contains(status);
    }
}
