package org.campusnews.department;

import java.util.List;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.BilingualEntityWrites;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.SlugTakenException;
import org.campusnews.common.ConflictException;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating, changing and deleting departments. Slugs are unique (checked here and by the database); a department
 * that articles, translations or staff accounts still refer to cannot be deleted.
 */
@Service
public class DepartmentService {

    private static final String SLUG_CONSTRAINT = "department_slug_unique";

    private final DepartmentRepository departments;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final BilingualEntityWrites writes;

    private final ApplicationEventPublisher events;

    DepartmentService(DepartmentRepository departments, JdbcClient jdbc, AuditLog auditLog, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.departments = departments;
        this.events = events;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.writes = new BilingualEntityWrites(transaction, SLUG_CONSTRAINT, () -> new InUseException(new Usage(0, 0, 0)));
    }

    /** All departments in their display order. */
    @Transactional(readOnly = true)
    public List<Department> all() {
        return departments.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Department get(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("No department " + id));
    }

    /** Throws {@link SlugTakenException} when another department has the slug. */
    public Department create(String slug, BilingualName name, int sortOrder) {
        return writes.inTransaction(() -> {
            BilingualEntityWrites.requireFreeSlug(departments.findBySlug(slug), null, slug);
            Department department = departments.saveAndFlush(new Department(slug, name, sortOrder));
            auditLog.record(AuditAction.DEPARTMENT_SAVED, "DEPARTMENT", department.getId(), StoredMessage.of("audit.detail.created", BilingualEntityWrites.describe(slug, name)));
            return department;
        });
    }

    /** Throws {@link SlugTakenException} when another department has the slug. */
    public void update(long id, String slug, BilingualName name, int sortOrder) {
        writes.inTransaction(() -> {
            Department stored = get(id);
            BilingualEntityWrites.requireFreeSlug(departments.findBySlug(slug), id, slug);
            String before = BilingualEntityWrites.describe(stored.getSlug(), stored.getName());
            stored.rename(slug, name, sortOrder);
            departments.flush();
            events.publishEvent(new DepartmentRenamed(id));
            auditLog.record(AuditAction.DEPARTMENT_SAVED, "DEPARTMENT", id, StoredMessage.of("audit.detail.changed", before, BilingualEntityWrites.describe(slug, name)));
            return null;
        });
    }

    /** Throws {@link InUseException} while anything refers to the department. */
    public void delete(long id) {
        writes.inTransaction(() -> {
            Department department = get(id);
            Usage usage = usage(id);
            if (usage.any()) {
                throw new InUseException(usage);
            }
            departments.delete(department);
            departments.flush();
            auditLog.record(AuditAction.DEPARTMENT_DELETED, "DEPARTMENT", id, BilingualEntityWrites.describe(department.getSlug(), department.getName()));
            return null;
        });
    }

    /** What refers to a department. */
    @Transactional(readOnly = true)
    public Usage usage(long id) {
        return jdbc.sql("""
                        select (select count(*) from article where department_id = :id) as articles,
                               (select count(*) from article_translation where translator_id = :id) as translations,
                               (select count(*) from user_department where department_id = :id) as users""")
                .param("id", id)
                .query((rs, row) -> new Usage(rs.getLong("articles"), rs.getLong("translations"), rs.getLong("users")))
                .single();
    }




    /**
     * How many rows refer to a department.
     *
     * @param articles articles it publishes, deleted ones included
     * @param translations language versions it is credited with translating
     * @param users staff accounts that belong to it
     */
    public record Usage(long articles, long translations, long users) {

        public boolean any() {
            return articles > 0 || translations > 0 || users > 0;
        }
    }

    /** The department cannot be deleted while something refers to it. */
    public static class InUseException extends ConflictException {

        private final transient Usage usage;

        InUseException(Usage usage) {
            super("Department still in use: " + usage);
            this.usage = usage;
        }

        public Usage usage() {
            return usage;
        }
    }
}
