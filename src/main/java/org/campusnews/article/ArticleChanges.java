package org.campusnews.article;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Announces that an article changed ({@link ArticleChanged}), once its change has reached the database. */
@Component
class ArticleChanges {

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ArticleChanges(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** Flushes first, so that listeners reading the tables in SQL see the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    void announce(long articleId) {
        entityManager.flush();
        events.publishEvent(new ArticleChanged(articleId));
    }
}
