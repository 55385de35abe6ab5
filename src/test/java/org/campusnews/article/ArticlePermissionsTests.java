package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.campusnews.department.Department;
import org.campusnews.i18n.BilingualName;
import org.campusnews.section.Section;
import org.campusnews.user.Role;
import org.campusnews.user.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every role, for an article of their own department and of another, in every state: in a section whose chain is
 * department → news office, and in one that adds a leader's sign-off ({@code L_…}).
 */
class ArticlePermissionsTests {

    private static final long OWN = 1;
    private static final long OTHER = 2;

    /** Where an article stands: its status, the level it waits at, and whether its section asks for a leader. */
    enum State {
        DRAFT(ArticleStatus.DRAFT, null, false),
        DEPARTMENT(ArticleStatus.IN_REVIEW, ReviewLevel.DEPARTMENT, false),
        OFFICE(ArticleStatus.IN_REVIEW, ReviewLevel.NEWS_OFFICE, false),
        PUBLISHED(ArticleStatus.PUBLISHED, null, false),
        ARCHIVED(ArticleStatus.ARCHIVED, null, false),
        L_DRAFT(ArticleStatus.DRAFT, null, true),
        L_OFFICE(ArticleStatus.IN_REVIEW, ReviewLevel.NEWS_OFFICE, true),
        L_LEADER(ArticleStatus.IN_REVIEW, ReviewLevel.LEADER, true);

        final ArticleStatus status;
        final ReviewLevel level;
        final boolean leaderSection;

        State(ArticleStatus status, ReviewLevel level, boolean leaderSection) {
            this.status = status;
            this.level = level;
            this.leaderSection = leaderSection;
        }
    }

    @ParameterizedTest(name = "{0} on a {2} article of {1} department: see {3}, edit {4}, steps [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            ADMIN             | OWN   | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            ADMIN             | OWN   | DEPARTMENT| true  | true  | APPROVE PUBLISH RETURN ARCHIVE
            ADMIN             | OTHER | OFFICE    | true  | true  | PUBLISH RETURN ARCHIVE
            ADMIN             | OTHER | PUBLISHED | true  | true  | UNPUBLISH ARCHIVE
            ADMIN             | OTHER | ARCHIVED  | true  | true  | PUBLISH
            ADMIN             | OTHER | L_DRAFT   | true  | true  | SUBMIT PUBLISH ARCHIVE
            ADMIN             | OTHER | L_OFFICE  | true  | true  | APPROVE PUBLISH RETURN ARCHIVE
            ADMIN             | OTHER | L_LEADER  | true  | true  | PUBLISH RETURN ARCHIVE
            EDITOR            | OWN   | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            EDITOR            | OTHER | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            EDITOR            | OTHER | DEPARTMENT| true  | true  | APPROVE PUBLISH RETURN ARCHIVE
            EDITOR            | OTHER | OFFICE    | true  | true  | PUBLISH RETURN ARCHIVE
            EDITOR            | OTHER | PUBLISHED | true  | true  | UNPUBLISH ARCHIVE
            EDITOR            | OTHER | ARCHIVED  | true  | true  | PUBLISH
            EDITOR            | OTHER | L_DRAFT   | true  | true  | SUBMIT ARCHIVE
            EDITOR            | OTHER | L_OFFICE  | true  | true  | APPROVE RETURN ARCHIVE
            EDITOR            | OTHER | L_LEADER  | true  | true  | ARCHIVE
            LEADER            | OTHER | DRAFT     | true  | true  | SUBMIT
            LEADER            | OTHER | DEPARTMENT| true  | false |
            LEADER            | OTHER | OFFICE    | true  | false |
            LEADER            | OTHER | PUBLISHED | true  | false |
            LEADER            | OTHER | ARCHIVED  | true  | false |
            LEADER            | OTHER | L_DRAFT   | true  | true  | SUBMIT
            LEADER            | OTHER | L_OFFICE  | true  | false |
            LEADER            | OTHER | L_LEADER  | true  | true  | PUBLISH RETURN
            DEPARTMENT_EDITOR | OWN   | DRAFT     | true  | true  | SUBMIT
            DEPARTMENT_EDITOR | OWN   | DEPARTMENT| true  | true  | APPROVE RETURN
            DEPARTMENT_EDITOR | OWN   | OFFICE    | true  | false |
            DEPARTMENT_EDITOR | OWN   | PUBLISHED | true  | false |
            DEPARTMENT_EDITOR | OWN   | ARCHIVED  | true  | false |
            DEPARTMENT_EDITOR | OWN   | L_DRAFT   | true  | true  | SUBMIT
            DEPARTMENT_EDITOR | OWN   | L_OFFICE  | true  | false |
            DEPARTMENT_EDITOR | OWN   | L_LEADER  | true  | false |
            DEPARTMENT_EDITOR | OTHER | DRAFT     | false | false |
            DEPARTMENT_EDITOR | OTHER | DEPARTMENT| false | false |
            DEPARTMENT_EDITOR | OTHER | OFFICE    | false | false |
            AUTHOR            | OWN   | DRAFT     | true  | true  | SUBMIT
            AUTHOR            | OWN   | DEPARTMENT| true  | false |
            AUTHOR            | OWN   | OFFICE    | true  | false |
            AUTHOR            | OWN   | PUBLISHED | true  | false |
            AUTHOR            | OWN   | ARCHIVED  | true  | false |
            AUTHOR            | OWN   | L_DRAFT   | true  | true  | SUBMIT
            AUTHOR            | OWN   | L_LEADER  | true  | false |
            AUTHOR            | OTHER | DRAFT     | false | false |
            AUTHOR            | OTHER | DEPARTMENT| false | false |
            AUTHOR            | OTHER | PUBLISHED | false | false |
            """)
    void rulesForAnArticleThatIsNotDeleted(Role role, String department, State state, boolean see, boolean edit,
            String steps) {
        Staff staff = staffOf(role);
        Article article = article("OWN".equals(department) ? OWN : OTHER, state, false);

        assertThat(ArticlePermissions.maySee(article, staff)).isEqualTo(see);
        assertThat(ArticlePermissions.mayEdit(article, staff)).isEqualTo(edit);
        assertThat(ArticlePermissions.mayDelete(article, staff)).isEqualTo(edit);
        assertThat(ArticlePermissions.steps(article, staff)).isEqualTo(steps(steps));
        if (!see) {
            assertThat(Arrays.stream(WorkflowAction.values()).filter(step -> ArticlePermissions.mayTake(step, article, staff)))
                    .isEmpty();
        }
    }

    /** A deleted article is changed by nobody; only administrators still open it (to restore it). */
    @ParameterizedTest(name = "{0} on a deleted {2} article of {1} department")
    @MethodSource("everyCombination")
    void rulesForADeletedArticle(Role role, long department, State state) {
        Staff staff = staffOf(role);
        Article article = article(department, state, true);

        assertThat(ArticlePermissions.maySee(article, staff)).isEqualTo(role == Role.ADMIN);
        assertThat(ArticlePermissions.mayEdit(article, staff)).isFalse();
        assertThat(ArticlePermissions.mayDelete(article, staff)).isFalse();
        assertThat(ArticlePermissions.steps(article, staff)).isEmpty();
        assertThat(Arrays.stream(WorkflowAction.values()).filter(step -> ArticlePermissions.mayTake(step, article, staff)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ADMIN, true, true, true", "EDITOR, true, true, false", "LEADER, true, true, false",
            "DEPARTMENT_EDITOR, true, false, false", "AUTHOR, true, false, false"})
    void writingForADepartmentAndRestoring(Role role, boolean own, boolean other, boolean restore) {
        Staff staff = staffOf(role);

        assertThat(ArticlePermissions.mayWriteFor(OWN, staff)).isEqualTo(own);
        assertThat(ArticlePermissions.mayWriteFor(OTHER, staff)).isEqualTo(other);
        assertThat(ArticlePermissions.mayRestore(staff)).isEqualTo(restore);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aNewArticleIsSubmittedByAnyoneAndPublishedOnlyByEditors(Role role) {
        assertThat(ArticlePermissions.stepsForNew(staffOf(role))).isEqualTo(role == Role.ADMIN || role == Role.EDITOR
                ? EnumSet.of(WorkflowAction.SUBMIT, WorkflowAction.PUBLISH) : EnumSet.of(WorkflowAction.SUBMIT));
    }

    @Test
    void anAuthorOfNoDepartmentSeesNothing() {
        Staff nobody = new TestStaff(Role.AUTHOR, Set.of());

        assertThat(ArticlePermissions.maySee(article(OWN, State.DRAFT, false), nobody)).isFalse();
        assertThat(ArticlePermissions.mayWriteFor(OWN, nobody)).isFalse();
    }

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(Role.values()).flatMap(role -> Stream.of(OWN, OTHER).flatMap(department -> Arrays
                .stream(State.values()).map(state -> Arguments.of(role, department, state))));
    }

    /** A member of department {@link #OWN} only. */
    private static Staff staffOf(Role role) {
        return new TestStaff(role, Set.of(OWN));
    }

    private static Article article(long departmentId, State state, boolean deleted) {
        Department department = new Department("department-" + departmentId, new BilingualName("部门", "Department"), 0);
        ReflectionTestUtils.setField(department, "id", departmentId);
        Section section = new Section("section", new BilingualName("栏目", "Section"), 0);
        section.requireReviews(true, state.leaderSection);
        Article article = new Article(section, department);
        if (state.level != null) {
            article.waitAt(state.level);
        } else {
            article.moveTo(state.status);
        }
        if (deleted) {
            article.markDeleted(Instant.EPOCH, "someone");
        }
        return article;
    }

    private static Set<WorkflowAction> steps(String names) {
        return names == null ? Set.of()
                : Arrays.stream(names.trim().split("\\s+")).map(WorkflowAction::valueOf).collect(Collectors.toSet());
    }

    private record TestStaff(Role getRole, Set<Long> getDepartmentIds) implements Staff {

        @Override
        public long getId() {
            return 1;
        }

        @Override
        public String getUsername() {
            return "staff";
        }
    }
}
