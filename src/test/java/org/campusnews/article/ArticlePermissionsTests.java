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

/** Every role, for an article of their own department and of another, in every state. */
class ArticlePermissionsTests {

    private static final long OWN = 1;
    private static final long OTHER = 2;

    @ParameterizedTest(name = "{0} on a {2} article of {1} department: see {3}, edit {4}, steps [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            ADMIN  | OWN   | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            ADMIN  | OWN   | IN_REVIEW | true  | true  | PUBLISH RETURN ARCHIVE
            ADMIN  | OWN   | PUBLISHED | true  | true  | UNPUBLISH ARCHIVE
            ADMIN  | OWN   | ARCHIVED  | true  | true  | PUBLISH
            ADMIN  | OTHER | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            ADMIN  | OTHER | IN_REVIEW | true  | true  | PUBLISH RETURN ARCHIVE
            ADMIN  | OTHER | PUBLISHED | true  | true  | UNPUBLISH ARCHIVE
            ADMIN  | OTHER | ARCHIVED  | true  | true  | PUBLISH
            EDITOR | OWN   | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            EDITOR | OWN   | IN_REVIEW | true  | true  | PUBLISH RETURN ARCHIVE
            EDITOR | OWN   | PUBLISHED | true  | true  | UNPUBLISH ARCHIVE
            EDITOR | OWN   | ARCHIVED  | true  | true  | PUBLISH
            EDITOR | OTHER | DRAFT     | true  | true  | SUBMIT PUBLISH ARCHIVE
            EDITOR | OTHER | IN_REVIEW | true  | true  | PUBLISH RETURN ARCHIVE
            EDITOR | OTHER | PUBLISHED | true  | true  | UNPUBLISH ARCHIVE
            EDITOR | OTHER | ARCHIVED  | true  | true  | PUBLISH
            AUTHOR | OWN   | DRAFT     | true  | true  | SUBMIT
            AUTHOR | OWN   | IN_REVIEW | true  | false |
            AUTHOR | OWN   | PUBLISHED | true  | false |
            AUTHOR | OWN   | ARCHIVED  | true  | false |
            AUTHOR | OTHER | DRAFT     | false | false |
            AUTHOR | OTHER | IN_REVIEW | false | false |
            AUTHOR | OTHER | PUBLISHED | false | false |
            AUTHOR | OTHER | ARCHIVED  | false | false |
            """)
    void rulesForAnArticleThatIsNotDeleted(Role role, String department, ArticleStatus status, boolean see, boolean edit,
            String steps) {
        Staff staff = staffOf(role);
        Article article = article("OWN".equals(department) ? OWN : OTHER, status, false);

        assertThat(ArticlePermissions.maySee(article, staff)).isEqualTo(see);
        assertThat(ArticlePermissions.mayEdit(article, staff)).isEqualTo(edit);
        assertThat(ArticlePermissions.mayDelete(article, staff)).isEqualTo(edit);
        assertThat(ArticlePermissions.steps(article, staff)).isEqualTo(steps(steps));
        for (WorkflowAction step : WorkflowAction.values()) {
            assertThat(ArticlePermissions.mayTake(step, article, staff)).as(step.name())
                    .isEqualTo(see && (role != Role.AUTHOR || !step.isEditorsOnly()));
        }
    }

    /** A deleted article is changed by nobody; only administrators still open it (to restore it). */
    @ParameterizedTest(name = "{0} on a deleted {2} article of {1} department")
    @MethodSource("everyCombination")
    void rulesForADeletedArticle(Role role, long department, ArticleStatus status) {
        Staff staff = staffOf(role);
        Article article = article(department, status, true);

        assertThat(ArticlePermissions.maySee(article, staff)).isEqualTo(role == Role.ADMIN);
        assertThat(ArticlePermissions.mayEdit(article, staff)).isFalse();
        assertThat(ArticlePermissions.mayDelete(article, staff)).isFalse();
        assertThat(ArticlePermissions.steps(article, staff)).isEmpty();
        assertThat(Arrays.stream(WorkflowAction.values()).filter(step -> ArticlePermissions.mayTake(step, article, staff)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ADMIN, true, true, true", "EDITOR, true, true, false", "AUTHOR, true, false, false"})
    void writingForADepartmentAndRestoring(Role role, boolean own, boolean other, boolean restore) {
        Staff staff = staffOf(role);

        assertThat(ArticlePermissions.mayWriteFor(OWN, staff)).isEqualTo(own);
        assertThat(ArticlePermissions.mayWriteFor(OTHER, staff)).isEqualTo(other);
        assertThat(ArticlePermissions.mayRestore(staff)).isEqualTo(restore);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aNewArticleIsSubmittedByAnyoneAndPublishedOnlyByEditors(Role role) {
        assertThat(ArticlePermissions.stepsForNew(staffOf(role))).isEqualTo(role == Role.AUTHOR
                ? EnumSet.of(WorkflowAction.SUBMIT) : EnumSet.of(WorkflowAction.SUBMIT, WorkflowAction.PUBLISH));
    }

    @Test
    void anAuthorOfNoDepartmentSeesNothing() {
        Staff nobody = new TestStaff(Role.AUTHOR, Set.of());

        assertThat(ArticlePermissions.maySee(article(OWN, ArticleStatus.DRAFT, false), nobody)).isFalse();
        assertThat(ArticlePermissions.mayWriteFor(OWN, nobody)).isFalse();
    }

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(Role.values()).flatMap(role -> Stream.of(OWN, OTHER).flatMap(department -> Arrays
                .stream(ArticleStatus.values()).map(status -> Arguments.of(role, department, status))));
    }

    /** A member of department {@link #OWN} only. */
    private static Staff staffOf(Role role) {
        return new TestStaff(role, Set.of(OWN));
    }

    private static Article article(long departmentId, ArticleStatus status, boolean deleted) {
        Department department = new Department("department-" + departmentId, new BilingualName("部门", "Department"), 0);
        ReflectionTestUtils.setField(department, "id", departmentId);
        Article article = new Article(new Section("section", new BilingualName("栏目", "Section"), 0), department);
        article.moveTo(status);
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
