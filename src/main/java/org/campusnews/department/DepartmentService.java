package org.campusnews.department;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.BilingualEntityService;
import org.campusnews.i18n.InUseException;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The departments, changed by administrators. A department that articles, translations or staff accounts still
 * refer to cannot be deleted; a new name or slug is announced to the pages that credit it.
 */
@Service
public class DepartmentService extends BilingualEntityService<Department> {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    DepartmentService(DepartmentRepository departments, JdbcClient jdbc, AuditLog auditLog,
            TransactionTemplate transaction, ApplicationEventPublisher events) {
        super(departments, Department::new, transaction, "department_slug_unique",
                () -> new InUseException("department.inUse.other"));
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** What refers to a department. */
    @Transactional(readOnly = true)
    public Usage usage(long id) {
        return jdbc.sql("""
                        select (select count(*) from article where department_id = :id or source_department_id = :id) as articles,
                               (select count(*) from article_translation where translator_id = :id) as translations,
                               (select count(*) from user_department where department_id = :id) as users""")
                .param("id", id)
                .query((rs, row) -> new Usage(rs.getLong("articles"), rs.getLong("translations"), rs.getLong("users")))
                .single();
    }

    @Override
    protected RuntimeException notFound(long id) {
        return new NotFoundException("No department " + id);
    }

    @Override
    protected void requireUnused(Department department) {
        Usage usage = usage(department.getId());
        if (usage.any()) {
            throw new InUseException("department.inUse", usage.articles(), usage.translations(), usage.users());
        }
    }

    @Override
    protected void changed(Change change, Department department, StoredMessage details) {
        switch (change) {
            case CREATED -> auditLog.record(AuditAction.DEPARTMENT_SAVED, "DEPARTMENT", department.getId(), details);
            case UPDATED -> {
                events.publishEvent(new DepartmentRenamed(department.getId()));
                auditLog.record(AuditAction.DEPARTMENT_SAVED, "DEPARTMENT", department.getId(), details);
            }
            case DELETED -> {
                // Its public page (empty, since only unused departments are deleted) may be kept.
                events.publishEvent(new DepartmentRenamed(department.getId()));
                auditLog.record(AuditAction.DEPARTMENT_DELETED, "DEPARTMENT", department.getId(),
                        describe(department));
            }
        }
    }

    /**
     * How many rows refer to a department.
     *
     * @param articles articles it publishes or is the source of, deleted ones included
     * @param translations language versions it is credited with translating
     * @param users staff accounts that belong to it
     */
    public record Usage(long articles, long translations, long users) {

        public boolean any() {
            return articles > 0 || translations > 0 || users > 0;
        }
    }
}
