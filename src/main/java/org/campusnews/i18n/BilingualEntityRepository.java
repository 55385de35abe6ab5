package org.campusnews.i18n;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What {@link BilingualEntityService} reads of departments or sections. */
@NoRepositoryBean
public interface BilingualEntityRepository<E extends BilingualEntity> extends JpaRepository<E, Long> {

    Optional<E> findBySlug(String slug);

    List<E> findAllByOrderBySortOrderAscIdAsc();
}
