package org.campusnews.section;

import org.campusnews.common.InstanceMemory;
import org.campusnews.common.SharedChange;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/** Drops the sections kept in memory when another instance changed them. */
@Component
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
