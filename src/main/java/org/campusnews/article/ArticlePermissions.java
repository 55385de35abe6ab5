package org.campusnews.article;

import java.util.EnumSet;
import java.util.Set;

import org.campusnews.user.Staff;

/**
 * Who may do what with an article: the one home of these rules. The staff pages ask them to decide which buttons
 * to show, and the services ask them again before anything is changed.
 * <ul>
 * <li>Staff see the articles of the departments they work for (editors and administrators: all); a deleted article
 * only administrators.</li>
 * <li>Authors change drafts only: once submitted, an article is the editors' to change. Whoever may change an
 * article may also delete it (softly), and add media to it.</li>
 * <li>Only editors and administrators take the editors' workflow steps (publish, return, unpublish, archive); only
 * administrators restore deleted articles.</li>
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
                && (staff.canPublish() || article.getStatus() == ArticleStatus.DRAFT);
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
        return !article.isDeleted() && worksFor(article, staff) && (staff.canPublish() || !step.isEditorsOnly());
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

    private static boolean worksFor(Article article, Staff staff) {
        return staff.worksFor(article.getDepartment().getId());
    }
}
