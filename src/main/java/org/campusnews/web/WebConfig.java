package org.campusnews.web;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final CampusNewsProperties properties;

    WebConfig(CampusNewsProperties properties) {
        this.properties = properties;
    }

    /** Runs before security, so that an oversized post gets its 413 page rather than a missing-token refusal. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${server.tomcat.max-http-form-post-size}") DataSize limit) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver(properties.defaultLanguage());
    }

    /** {@code ?lang=zh} on a staff page switches the admin UI's language. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageChange = new LocaleChangeInterceptor();
        languageChange.setParamName("lang");
        languageChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageChange).addPathPatterns("/admin/**", "/login");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class,
                code -> Language.fromCode(code).orElseThrow(() -> new UnknownLanguageException(code)));
    }
}
