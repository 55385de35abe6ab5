package org.campusnews.department;

/** A department's names or slug changed: the pages crediting it show the new ones once this is committed. */
public record DepartmentRenamed(long departmentId) {
}
