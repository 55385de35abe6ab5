package org.campusnews.article.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.campusnews.article.ArticleService;
import org.campusnews.article.PublicArticleChanged;
import org.campusnews.common.InstanceMemory;
import org.campusnews.common.SharedChange;
import org.campusnews.department.DepartmentRenamed;
import org.campusnews.pagecache.PageCache;
import org.campusnews.pagecache.ScheduledChanges;
import org.campusnews.section.SectionsChanged;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the kept public pages that a committed change affects, before the request that made it is answered (or, made
 * on another instance, as soon as this one hears of it), and those that a scheduled release affects, when its time
 * comes.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PublicPageInvalidation implements ScheduledChanges, InstanceMemory {

    private final PageCache cache;
    private final ArticleService articles;
    private final Clock clock;

    PublicPageInvalidation(PageCache cache, ArticleService articles, Clock clock) {
        this.cache = cache;
        this.articles = articles;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void articleChanged(PublicArticleChanged change) {
        invalidate(change);
        articles.nextReleaseAfter(clock.instant()).ifPresent(cache::expectChangeAt);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void sectionsChanged(SectionsChanged change) {
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void departmentRenamed(DepartmentRenamed change) {
        cache.clear();
    }

    @Override
    public void changedElsewhere(SharedChange change) {
        if (change instanceof PublicArticleChanged article) {
            articleChanged(article);
        } else if (change instanceof SectionsChanged sections) {
            sectionsChanged(sections);
        } else if (change instanceof DepartmentRenamed department) {
            departmentRenamed(department);
        }
    }

    @Override
    public void forgetAll() {
        cache.clear();
    }

    @Override
    public Optional<Instant> applyDue(Instant after, Instant upTo) {
        articles.releasedBetween(after, upTo).forEach(this::invalidate);
        return articles.nextReleaseAfter(upTo);
    }

    private void invalidate(PublicArticleChanged change) {
        if (change.articleId() == null) {
            cache.sectionChanged(change.sectionId());
            return;
        }
        long id = change.articleId();
        Set<Long> neighbours = change.listChanged() ? articles.neighbourIds(id) : Set.of();
        cache.articleChanged(id, change.sectionId(), change.listChanged(), neighbours);
    }
}
