package org.campusnews.department;

import org.campusnews.i18n.BilingualEntityRepository;

public interface DepartmentRepository extends BilingualEntityRepository<Department> {
}
