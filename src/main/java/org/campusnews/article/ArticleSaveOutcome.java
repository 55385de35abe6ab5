package org.campusnews.article;

import java.util.List;

/**
 * What became of a save (with its workflow step) or of restoring a revision. Only {@link Saved} changed anything;
 * the others come with the editor as it stands after the refusal, to show the person's text again. Refusals for lack
 * of permission are not outcomes: they answer 403 ({@code AccessDeniedException}).
 */
public sealed interface ArticleSaveOutcome {

    /** Stored, with the step taken. */
    record Saved(long articleId) implements ArticleSaveOutcome {
    }

    /**
     * Someone saved the article since the version the person started from: nothing was stored. {@code changes} are
     * what the other person changed, {@code currentVersion} the version to base a new attempt on.
     */
    record Conflict(String changedBy, long currentVersion, List<FieldChange> changes, ArticleEditor editor)
            implements ArticleSaveOutcome {
    }

    /** The step is not possible in the article's state (publishing without a release time …): nothing was stored. */
    record Refused(String messageKey, ArticleEditor editor) implements ArticleSaveOutcome {
    }
}
