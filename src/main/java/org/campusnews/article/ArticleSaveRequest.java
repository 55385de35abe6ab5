package org.campusnews.article;

/**
 * One press of a button in the article editor: the content as typed and, unless it is a plain save, the workflow
 * step to take with it.
 *
 * @param articleId the stored article, or null for a new one
 * @param expectedVersion the version the editor was opened on (ignored for a new article)
 * @param step the workflow step taken with the save; null for a plain save
 * @param comment the comment for the author, when an article is returned
 */
public record ArticleSaveRequest(Long articleId, long expectedVersion, ArticleDraft draft, WorkflowAction step,
        String comment) {

    public static ArticleSaveRequest create(ArticleDraft draft, WorkflowAction step, String comment) {
        return new ArticleSaveRequest(null, 0, draft, step, comment);
    }

    public static ArticleSaveRequest update(long articleId, long expectedVersion, ArticleDraft draft, WorkflowAction step,
            String comment) {
        return new ArticleSaveRequest(articleId, expectedVersion, draft, step, comment);
    }
}
