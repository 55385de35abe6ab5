package org.campusnews.check;

import java.util.Optional;

import org.campusnews.article.CheckSeverity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SensitiveWordRepository extends JpaRepository<SensitiveWord, Long> {

    Page<SensitiveWord> findByFoldedContaining(String folded, Pageable pageable);

    Optional<SensitiveWord> findByFolded(String folded);

    long countBySeverity(CheckSeverity severity);
}
