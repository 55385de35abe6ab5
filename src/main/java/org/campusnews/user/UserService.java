package org.campusnews.user;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.BadRequestException;
import org.campusnews.common.DatabaseErrors;
import org.campusnews.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class UserService {

    private static final String USERNAME_CONSTRAINT = "user_account_username_unique";
    private static final String TARGET = "USER";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final DepartmentRepository departments;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock, DepartmentRepository departments,
            AuditLog auditLog, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.departments = departments;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.events = events;
    }

    @Transactional
    public UserAccount create(String username, String displayName, String rawPassword, Role role,
            Set<Department> departments, boolean mustChangePassword) {
        UserAccount user = new UserAccount(username, displayName, passwordEncoder.encode(rawPassword), role);
        user.setPasswordHash(user.getPasswordHash(), mustChangePassword);
        user.setDepartments(departments);
        user.touch(clock.instant());
        return users.save(user);
    }

    @Transactional
    public UserAccount save(UserAccount user) {
        user.touch(clock.instant());
        return users.save(user);
    }

    /** Sets a password chosen by the user themself, which lifts any obligation to change it. */
    @Transactional
    public void changeOwnPassword(long userId, String rawPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        user.setPasswordHash(passwordEncoder.encode(rawPassword), false);
        user.touch(clock.instant());
    }

    /** Sets a password chosen by an administrator; the user must change it at the next sign-in. */
    @Transactional
    public void resetPassword(long userId, String rawPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        user.setPasswordHash(passwordEncoder.encode(rawPassword), true);
        user.touch(clock.instant());
    }

    public boolean matchesPassword(UserAccount user, String rawPassword) {
        return passwordEncoder.matches(rawPassword, user.getPasswordHash());
    }

    public boolean anyExists() {
        return users.count() > 0;
    }

    // ---- Administration of staff accounts by an administrator ----

    /** Every staff account with its departments, by user name. */
    @Transactional(readOnly = true)
    public List<UserAccount> allWithDepartments() {
        return users.findAllWithDepartments();
    }

    /** A staff account with its departments. */
    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findWithDepartments(id).orElseThrow(() -> new NotFoundException("No user " + id));
    }

    /**
     * Creates an account whose password the user must change at the first sign-in. Throws {@link RefusedException}
     * for a user name in use (whatever its case), an unknown department, or an author without a department.
     */
    public UserAccount createByAdmin(String username, String displayName, String rawPassword, Role role,
            Set<Long> departmentIds) {
        return inTransaction(() -> {
            if (users.existsByUsernameIgnoreCase(username)) {
                throw new RefusedException("username", "user.username.taken");
            }
            Set<Department> chosen = departments(role, departmentIds);
            UserAccount user = create(username, displayName, rawPassword, role, chosen, true);
            users.flush();
            auditLog.record(AuditAction.USER_CREATED, TARGET, user.getId(),
                    StoredMessage.of("audit.detail.userCreated", username, role, slugs(chosen)));
            return user;
        });
    }

    /**
     * Changes an account's name, role, departments and whether it may sign in, provided nobody changed it since
     * {@code expectedVersion}. Administrators cannot take away their own role or disable themselves.
     */
    public void updateByAdmin(long id, long expectedVersion, long actingUserId, String displayName, Role role,
            Set<Long> departmentIds, boolean enabled) {
        inTransaction(() -> {
            UserAccount user = get(id);
            if (user.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
            }
            if (id == actingUserId && role != user.getRole()) {
                throw new RefusedException("role", "user.role.self");
            }
            if (id == actingUserId && !enabled) {
                throw new RefusedException("enabled", "user.enabled.self");
            }
            Set<Department> chosen = departments(role, departmentIds);
            Role oldRole = user.getRole();
            boolean wasEnabled = user.isEnabled();
            String oldDisplayName = user.getDisplayName();
            Set<Long> oldDepartments = user.getDepartments().stream().map(Department::getId).collect(Collectors.toSet());
            boolean departmentsChanged = !oldDepartments.equals(chosen.stream().map(Department::getId).collect(Collectors.toSet()));
            boolean renamed = !oldDisplayName.equals(displayName);
            if (renamed || departmentsChanged) {
                user.setDisplayName(displayName);
                user.setDepartments(chosen);
                auditLog.record(AuditAction.USER_UPDATED, TARGET, id, !departmentsChanged
                        ? StoredMessage.of("audit.detail.userRenamed", user.getUsername(), oldDisplayName, displayName)
                        : renamed ? StoredMessage.of("audit.detail.userRenamedAndMoved", user.getUsername(), oldDisplayName,
                                displayName, slugs(chosen))
                        : StoredMessage.of("audit.detail.userMoved", user.getUsername(), slugs(chosen)));
            }
            if (oldRole != role || wasEnabled != enabled || departmentsChanged) {
                events.publishEvent(new StaffAccountChanged(id));
            }
            if (oldRole != role) {
                user.setRole(role);
                auditLog.record(AuditAction.USER_ROLE_CHANGED, TARGET, id, user.getUsername() + ": " + oldRole + " → " + role);
            }
            if (wasEnabled != enabled) {
                user.setEnabled(enabled);
                auditLog.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, TARGET, id, user.getUsername());
            }
            user.touch(clock.instant());
            return null;
        });
    }

    /** Lets an account sign in or not; administrators cannot disable themselves. Tells whether anything changed. */
    @Transactional
    public boolean setEnabledByAdmin(long id, boolean enabled, long actingUserId) {
        UserAccount user = get(id);
        if (id == actingUserId && !enabled) {
            throw new RefusedException("enabled", "user.enabled.self");
        }
        if (user.isEnabled() == enabled) {
            return false;
        }
        user.setEnabled(enabled);
        user.touch(clock.instant());
        auditLog.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, TARGET, id, user.getUsername());
        events.publishEvent(new StaffAccountChanged(id));
        return true;
    }

    /** Sets a password chosen by an administrator, which the user must change at the next sign-in; audited. */
    @Transactional
    public void resetPasswordByAdmin(long id, String rawPassword) {
        UserAccount user = get(id);
        resetPassword(id, rawPassword);
        auditLog.record(AuditAction.USER_PASSWORD_RESET, TARGET, id, user.getUsername());
        events.publishEvent(new StaffAccountChanged(id));
    }

    /** The departments with these ids, refusing unknown ids, and none for a role scoped to its departments. */
    private Set<Department> departments(Role role, Set<Long> ids) {
        Set<Long> wanted = ids == null ? Set.of() : new HashSet<>(ids);
        if (wanted.contains(null)) {
            throw new RefusedException("departmentIds", "user.departments.unknown");
        }
        List<Department> found = departments.findAllById(wanted);
        if (found.size() != wanted.size()) {
            throw new RefusedException("departmentIds", "user.departments.unknown");
        }
        if (!role.seesAllDepartments() && found.isEmpty()) {
            throw new RefusedException("departmentIds", "user.departments.requiredForAuthor");
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Department::getSortOrder).thenComparing(Department::getId))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String slugs(Set<Department> departments) {
        return departments.stream().map(Department::getSlug).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Runs a change in its own transaction and turns a duplicate user name found only by the database into ours. */
    private <T> T inTransaction(Supplier<T> change) {
        try {
            return transaction.execute(status -> change.get());
        } catch (DataIntegrityViolationException failure) {
            if (DatabaseErrors.isUniqueViolation(failure, USERNAME_CONSTRAINT)) {
                throw new RefusedException("username", "user.username.taken");
            }
            throw failure;
        }
    }

    /**
     * A change an administrator asked for that the rules do not allow; names the form field and the message. Pages
     * show it on the form; anywhere else it is a bad request.
     */
    public static class RefusedException extends BadRequestException {

        private final String field;
        private final String messageKey;

        RefusedException(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
