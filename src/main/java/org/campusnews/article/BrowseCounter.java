package org.campusnews.article;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts page views with one atomic UPDATE, so concurrent views are never lost and the article entity (and its
 * optimistic-lock version) is never loaded or re-saved for it.
 */
@Component
class BrowseCounter {

    private final EntityManager entityManager;

    BrowseCounter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds one view and returns the new count. */
    @Transactional(propagation = Propagation.MANDATORY)
    long countView(long articleId) {
        Object count = entityManager
                .createNativeQuery("update article set browse_count = browse_count + 1 where id = :id returning browse_count")
                .setParameter("id", articleId)
                .getSingleResult();
        return ((Number) count).longValue();
    }
}
