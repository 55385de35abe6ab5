package org.campusnews.dashboard;

import java.util.List;

import org.campusnews.user.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The departments whose articles a person may see, as SQL: the rule of {@code Staff#worksFor} (editors and
 * administrators all, authors their own), so that no list offers an article its editor would refuse to open.
 */
record DepartmentScope(boolean all, List<Long> departmentIds) {

    /** The condition on {@code a.department_id}, with the parameters {@link #bind} gives. */
    static final String CONDITION = "(:allDepartments or a.department_id in (:departmentIds))";

    static DepartmentScope of(Staff staff) {
        // An empty list is not valid SQL in "in (…)"; no department has the id -1.
        List<Long> ids = staff.getDepartmentIds().isEmpty() ? List.of(-1L) : List.copyOf(staff.getDepartmentIds());
        return new DepartmentScope(staff.getRole().seesAllDepartments(), ids);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("allDepartments", all).param("departmentIds", departmentIds);
    }
}
