package org.campusnews.pagecache;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER + 10;

    /**
     * Ahead of the security chain, which a kept page does not need to pass again: its headers are replayed. Behind
     * the filter that refuses requests whose parameters cannot be read (at {@code HIGHEST_PRECEDENCE + 10}, see
     * {@code web.BadInputConfig}): Tomcat reports a broken query string only to the first reader of a parameter. And
     * behind Spring Session's filter, so that a request's session (in the database) tells a signed-in staff member.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "campusnews.page-cache.enabled", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ObjectProvider<PagePathKey> pathKeys,
            ObjectProvider<QueryPageKey> queryPageKeys, CampusNewsProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache,
                pathKeys.orderedStream().toList(), queryPageKeys.orderedStream().toList(),
                properties.datasource().replica().primaryAfterChange()));
        registration.setOrder(ORDER);
        return registration;
    }

    /** The fast way in for plain addresses, inside Tomcat and ahead of every filter. */
    @Bean
    @ConditionalOnBooleanProperty(name = "campusnews.page-cache.enabled", matchIfMissing = true)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> keptPageValve(PageCache cache) {
        return factory -> factory.addContextValves(new KeptPageValve(cache));
    }

    /**
     * Kept pages are answered ahead of the request observation (the {@code http.server.requests} timer), whose
     * per-request tags and meter lookup cost more than serving a kept page; they are counted by the cache's own
     * meters ({@code cache.gets{cache=pages}}). Pages rendered by the application are still observed.
     */
    @Bean
    static BeanPostProcessor observeRequestsBehindPageCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof FilterRegistrationBean<?> registration
                        && registration.getFilter() instanceof ServerHttpObservationFilter) {
                    registration.setOrder(ORDER + 1);
                }
                return bean;
            }
        };
    }

    @Bean
    MeterBinder pageCacheMetrics(PageCache cache) {
        return registry -> {
            CaffeineCacheMetrics.monitor(registry, cache.pages(), "pages");
            CaffeineCacheMetrics.monitor(registry, cache.searchPages(), "search-pages");
        };
    }
}
