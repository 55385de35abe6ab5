package org.campusnews.article;

import java.util.Set;

/** The steps of the editorial workflow, with the states each may start from and the state it leads to. */
public enum WorkflowAction {
    SUBMIT(Set.of(ArticleStatus.DRAFT), ArticleStatus.IN_REVIEW, false),
    PUBLISH(Set.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED), ArticleStatus.PUBLISHED, true),
    RETURN(Set.of(ArticleStatus.IN_REVIEW), ArticleStatus.DRAFT, true),
    UNPUBLISH(Set.of(ArticleStatus.PUBLISHED), ArticleStatus.DRAFT, true),
    ARCHIVE(Set.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED), ArticleStatus.ARCHIVED, true);

    private final Set<ArticleStatus> from;
    private final ArticleStatus to;
    private final boolean editorsOnly;

    WorkflowAction(Set<ArticleStatus> from, ArticleStatus to, boolean editorsOnly) {
        this.from = from;
        this.to = to;
        this.editorsOnly = editorsOnly;
    }

    public boolean startsFrom(ArticleStatus status) {
        return from.contains(status);
    }

    public ArticleStatus leadsTo() {
        return to;
    }

    /** Whether only editors and administrators may take this step (authors cannot publish). */
    public boolean isEditorsOnly() {
        return editorsOnly;
    }
}
