package org.campusnews.pagecache;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

    /**
     * Ahead of the security chain, which a kept page does not need to pass again: its headers are replayed. Behind
     * the filter that refuses requests whose parameters cannot be read (at {@code HIGHEST_PRECEDENCE + 10}, see
     * {@code web.BadInputConfig}): Tomcat reports a broken query string only to the first reader of a parameter.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "campusnews.page-cache.enabled", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
