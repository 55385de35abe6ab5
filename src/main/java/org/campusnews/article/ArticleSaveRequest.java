package org.campusnews.article;

import java.util.Map;

/**
 * One press of a button in the article editor: the content as typed and, unless it is a plain save, the workflow
 * step to take with it.
 *
 * @param articleId the stored article, or null for a new one
 * @param expectedVersion the version the editor was opened on (ignored for a new article)
 * @param step the workflow step taken with the save; null for a plain save
 * @param comment the comment for the author, when an article is returned
 * @param overrides the warnings of the pre-publishing checks a reviewer accepts with this save: finding key to reason
 */
public record ArticleSaveRequest(Long articleId, long expectedVersion, ArticleDraft draft, WorkflowAction step,
        String comment, Map<String, String> overrides) {

    public ArticleSaveRequest {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    public static ArticleSaveRequest create(ArticleDraft draft, WorkflowAction step, String comment) {
        return new ArticleSaveRequest(null, 0, draft, step, comment, Map.of());
    }

    public static ArticleSaveRequest update(long articleId, long expectedVersion, ArticleDraft draft, WorkflowAction step,
            String comment) {
        return new ArticleSaveRequest(articleId, expectedVersion, draft, step, comment, Map.of());
    }

    public ArticleSaveRequest withOverrides(Map<String, String> overrides) {
        return new ArticleSaveRequest(articleId, expectedVersion, draft, step, comment, overrides);
    }
}
