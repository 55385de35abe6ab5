package org.campusnews.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findBySlug(String slug);

    List<Department> findAllByOrderBySortOrderAscIdAsc();
}
