package org.campusnews.section;

import org.campusnews.common.InstanceMemory;
import org.campusnews.common.SharedChange;
import org.springframework.cache.CacheManager;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Drops the sections kept in memory when another instance changed them: first, ahead of the kept pages, so that no
 * page is rendered again from the old sections after those are dropped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SectionMemory implements InstanceMemory {

    private final CacheManager caches;

    SectionMemory(CacheManager caches) {
        this.caches = caches;
    }

    @Override
    public void changedElsewhere(SharedChange change) {
        if (change instanceof SectionsChanged) {
            forgetAll();
        }
    }

    @Override
    public void forgetAll() {
        caches.getCache(SectionService.CACHE).clear();
    }
}
