package org.campusnews.config;

import org.campusnews.section.SectionService;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig {

    @Bean
    CacheManager cacheManager() {
        // Evictions wait for the surrounding transaction to commit, so no reader caches what is not yet committed.
        return new TransactionAwareCacheManagerProxy(new ConcurrentMapCacheManager(SectionService.CACHE));
    }
}
