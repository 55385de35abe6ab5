package org.campusnews.department;

import org.campusnews.common.SharedChange;

/**
 * A department's names or slug changed, or it was deleted: the pages crediting it show the new ones, and its own page
 * is gone, once this is committed.
 */
public record DepartmentRenamed(long departmentId) implements SharedChange {
}
