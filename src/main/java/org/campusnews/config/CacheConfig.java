package org.campusnews.config;

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
        // Caches are made as features name them, so this configuration needs to know none of them.
        return new TransactionAwareCacheManagerProxy(new ConcurrentMapCacheManager());
    }
}
