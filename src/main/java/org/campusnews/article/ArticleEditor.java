package org.campusnews.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.campusnews.department.Department;
import org.campusnews.section.Section;

/**
 * What the article editor shows besides the form: the stored article (null for a new one), which buttons this
 * person gets (from {@link ArticlePermissions}; the server checks each again when it is pressed) and the choice
 * lists.
 *
 * @param steps the workflow steps offered, in their order
 * @param scheduled whether the article is published with a release time still to come
 * @param stepper Previous/Next through the staff list the editor was opened from; null when not opened from it
 * @param newArticle what a new article starts with; null for a stored one
 * @param checks what the pre-publishing checks found in the article (or in the content just refused)
 * @param mayOverride whether this person may accept warnings of the checks (a reviewer who may edit the article)
 * @param review the article's review chain, where it waits and what was decided; {@link ReviewProgress#NONE} for a
 *        new one
 */
public record ArticleEditor(
        Article article,
        boolean mayEdit,
        boolean mayDelete,
        boolean mayRestore,
        List<WorkflowAction> steps,
        boolean scheduled,
        Choices choices,
        Stepper stepper,
        NewArticle newArticle,
        CheckReport checks,
        boolean mayOverride,
        ReviewProgress review) {

    /** The same editor showing the checks of other content (the content a refused step came with). */
    public ArticleEditor withChecks(CheckReport checks) {
        return new ArticleEditor(article, mayEdit, mayDelete, mayRestore, steps, scheduled, choices, stepper, newArticle,
                checks, mayOverride, review);
    }

    /** The stored article as its pages show it; null for a new one. */
    public ArticleHeading heading() {
        return ArticleHeading.of(article);
    }

    public boolean offers(WorkflowAction step) {
        return steps.contains(step);
    }

    /**
     * The sections, the departments this person writes for, and every department (as translators), in their
     * order.
     */
    public record Choices(List<Section> sections, List<Department> departments, List<Department> translators) {

        /** The department to preselect: the only one this person writes for, if there is just one. */
        public Optional<Long> onlyDepartment() {
            return departments.size() == 1 ? Optional.of(departments.get(0).getId()) : Optional.empty();
        }
    }

    /** Previous and next article ids in the staff list, and where this one stands ({@code position} of {@code total}, from 1). */
    public record Stepper(Optional<Long> previous, Optional<Long> next, int position, int total) {
    }

    /** A new article's release time (now, to the minute) and department (the only one this person writes for). */
    public record NewArticle(Instant releaseTime, Optional<Long> departmentId) {
    }
}
