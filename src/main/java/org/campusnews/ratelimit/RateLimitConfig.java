package org.campusnews.ratelimit;

import java.util.HashSet;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    /**
     * Behind the page cache's filter (at {@code SessionRepositoryFilter.DEFAULT_ORDER + 10}), so that a kept search
     * page, which costs nothing, is never refused; ahead of the security chain, so that sign-ins are limited before
     * their password is checked.
     */
    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER + 20;

    @Bean
    FilterRegistrationBean<RequestRateLimitFilter> requestRateLimitFilter(CampusNewsProperties properties,
            MeterRegistry meters) {
        CampusNewsProperties.RateLimits limits = properties.rateLimits();
        Set<String> exempt = new HashSet<>();
        for (String address : limits.exemptAddresses()) {
            if (!address.isBlank()) {
                exempt.add(address.strip());
            }
        }
        FilterRegistrationBean<RequestRateLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestRateLimitFilter(new ClientBuckets(limits), Set.copyOf(exempt), meters));
        registration.setOrder(ORDER);
        return registration;
    }
}
