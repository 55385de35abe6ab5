package org.campusnews.article;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.campusnews.user.Staff;

/**
 * Who may do what with an article: the one home of these rules. The staff pages ask them to decide which buttons
 * to show, and the services ask them again before anything is changed.
 * <ul>
 * <li>Staff see the articles of the departments they work for (editors, leaders and administrators: all); a deleted
 * article only administrators.</li>
 * <li>An article in review waits at a level of its section's {@link ReviewChain}; whoever decides at that level
 * ({@link ReviewLevel#isTakenBy}) may change it, approve it on to the next level or return it to its author, and at the
 * last level publish it. Publishing at an earlier level, or a draft directly, is for someone who decides at every
 * level still to come. Editors and administrators change any article; authors and department editors change drafts of
 * their departments. Whoever may change an article may also delete it (softly), and add media to it.</li>
 * <li>Only editors and administrators unpublish and archive; only administrators restore deleted articles.</li>
 * </ul>
 */
public final class ArticlePermissions {

    private ArticlePermissions() {
    }

    /** Whether this person may open the article in the staff pages (editor, preview, history). */
    public static boolean maySee(Article article, Staff staff) {
        return worksFor(article, staff) && (!article.isDeleted() || staff.isAdmin());
    }

    /** Whether this person may change the article's content. */
    public static boolean mayEdit(Article article, Staff staff) {
        return !article.isDeleted() && worksFor(article, staff)
                && (staff.canPublish() || article.getStatus() == ArticleStatus.DRAFT || decidesNow(article, staff));
    }

    /** The same rule as {@link #mayEdit}: whoever may change an article may delete it. */
    public static boolean mayDelete(Article article, Staff staff) {
        return mayEdit(article, staff);
    }

    /** Whether this person may bring back a deleted article. */
    public static boolean mayRestore(Staff staff) {
        return staff.isAdmin();
    }

    /** Whether this person may publish articles for a department: write new ones for it, or move one into it. */
    public static boolean mayWriteFor(long departmentId, Staff staff) {
        return staff.worksFor(departmentId);
    }

    /**
     * Whether this person may take a workflow step on the article at all; the step may still be refused by the
     * article's state ({@link WorkflowAction#startsFrom}).
     */
    public static boolean mayTake(WorkflowAction step, Article article, Staff staff) {
        if (article.isDeleted() || !worksFor(article, staff)) {
            return false;
        }
        return switch (step) {
            case SUBMIT -> true;
            case APPROVE -> decidesNow(article, staff) && chain(article).after(article.getReviewLevel()).isPresent();
            case RETURN -> decidesNow(article, staff);
            case PUBLISH -> levelsToCome(article).stream()
                    .allMatch(level -> level.isTakenBy(staff, article.getDepartment().getId()));
            case UNPUBLISH, ARCHIVE -> staff.canPublish();
        };
    }

    /** Whether this person decides at the level the article waits at (false when it is not in review). */
    public static boolean decidesNow(Article article, Staff staff) {
        return article.getStatus() == ArticleStatus.IN_REVIEW && article.getReviewLevel() != null
                && article.getReviewLevel().isTakenBy(staff, article.getDepartment().getId());
    }

    /** The workflow steps this person may take on the article now. */
    public static Set<WorkflowAction> steps(Article article, Staff staff) {
        Set<WorkflowAction> steps = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction step : WorkflowAction.values()) {
            if (step.startsFrom(article.getStatus()) && mayTake(step, article, staff)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** The steps offered with the first save of a new article: submitting it, and for editors publishing it. */
    public static Set<WorkflowAction> stepsForNew(Staff staff) {
        return staff.canPublish() ? EnumSet.of(WorkflowAction.SUBMIT, WorkflowAction.PUBLISH) : EnumSet.of(WorkflowAction.SUBMIT);
    }

    /** The levels an article still has to pass: from the one it waits at, or the whole chain when it is not in review. */
    private static List<ReviewLevel> levelsToCome(Article article) {
        ReviewChain chain = chain(article);
        return article.getStatus() == ArticleStatus.IN_REVIEW && article.getReviewLevel() != null
                ? chain.from(article.getReviewLevel()) : chain.levels();
    }

    private static ReviewChain chain(Article article) {
        return ReviewChain.of(article.getSection());
    }

    private static boolean worksFor(Article article, Staff staff) {
        return staff.worksFor(article.getDepartment().getId());
    }
}
