package org.campusnews.article;

import java.util.Map;
import java.util.Optional;

import org.campusnews.user.Staff;

/**
 * The pre-publishing checks as the editorial workflow meets them: {@link ArticleAdminService} asks it after every save
 * of the editor and, with what it answered, before taking a workflow step. The checks themselves live in their own
 * feature, which implements this.
 */
public interface PublishingGate {

    /**
     * Checks the article as it stands in the saving transaction, after recording the warnings that a reviewer accepts
     * with this save ({@code overrides}: finding key to reason). Overrides of findings no longer there are dropped.
     *
     * @throws org.springframework.security.access.AccessDeniedException when someone who may not publish sends an
     *         override
     */
    CheckReport review(Article article, Map<String, String> overrides, Staff staff);

    /** The checks of the article as stored, for the editor; changes nothing. */
    CheckReport report(Article article);

    /** Why the findings stop this step (a message key), or empty when they do not. */
    Optional<String> refusal(WorkflowAction step, CheckReport report);
}
