package org.campusnews.article;

import java.util.Arrays;
import java.util.List;

import org.campusnews.user.Role;
import org.campusnews.user.Staff;

/**
 * The levels of the review chain (三审), in the order an article passes them: its department, the news office, and a
 * leader's sign-off for the sections that ask for one ({@link ReviewChain}).
 */
public enum ReviewLevel {
    DEPARTMENT,
    NEWS_OFFICE,
    LEADER;

    /**
     * Whether this person decides at this level on an article of the department: a department's own editors (and the
     * news office) at the first, the news office at the second, leaders at the last. Administrators decide at every level.
     */
    public boolean isTakenBy(Staff staff, long departmentId) {
        return isTakenBy(staff) && staff.worksFor(departmentId);
    }

    /** Whether this person decides at this level for the departments they work for. */
    public boolean isTakenBy(Staff staff) {
        return switch (this) {
            case DEPARTMENT -> staff.canPublish() || staff.getRole() == Role.DEPARTMENT_EDITOR;
            case NEWS_OFFICE -> staff.canPublish();
            case LEADER -> staff.isAdmin() || staff.getRole() == Role.LEADER;
        };
    }

    /** The levels at which this person decides, in order. */
    public static List<ReviewLevel> takenBy(Staff staff) {
        return Arrays.stream(values()).filter(level -> level.isTakenBy(staff)).toList();
    }
}
