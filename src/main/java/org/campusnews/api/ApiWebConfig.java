package org.campusnews.api;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ApiWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiParameterCheck()).addPathPatterns("/api/**");
    }

    /**
     * Ahead of the page cache ({@code HIGHEST_PRECEDENCE + 20}), whose kept answers are the same for every origin,
     * and of the filter that refuses unreadable requests ({@code + 10}), so that its refusals carry the headers too
     * and a script in an allowed origin can read them.
     */
    @Bean
    FilterRegistrationBean<ApiCorsFilter> apiCorsFilter(CampusNewsProperties properties) {
        FilterRegistrationBean<ApiCorsFilter> registration =
                new FilterRegistrationBean<>(new ApiCorsFilter(properties.api().corsOrigins()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
