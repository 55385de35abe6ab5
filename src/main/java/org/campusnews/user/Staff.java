package org.campusnews.user;

import java.util.Set;

/**
 * A staff member as permission rules see them: who they are, their role and the departments they work for. The
 * signed-in person ({@code security.StaffPrincipal}) is one; features ask this type, so they need not know how
 * sign-in works.
 */
public interface Staff {

    long getId();

    String getUsername();

    Role getRole();

    Set<Long> getDepartmentIds();

    default boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    default boolean canPublish() {
        return getRole().canPublish();
    }

    /** Whether this person may see and edit the articles of a department. */
    default boolean worksFor(long departmentId) {
        return getRole().seesAllDepartments() || getDepartmentIds().contains(departmentId);
    }
}
