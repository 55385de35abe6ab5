package org.campusnews.web;

import java.time.Duration;
import java.util.List;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

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

    /**
     * Every template is an HTML page, whatever its address ends with: without this, Thymeleaf would label the 404 page
     * for {@code /sitemap-x.xml} or {@code /en/feed.rsss} with the type the extension suggests.
     */
    @Bean
    static BeanPostProcessor templatesAreHtml() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                }
                return bean;
            }
        };
    }

    /**
     * Just ahead of Spring Session's filter, whose reading of a staff member's session is the first thing a request
     * asks of the database.
     */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ErrorAnswers answers,
            @Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(answers, views, locales));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
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

    /**
     * Our stylesheets and scripts are addressed by a fingerprint of their content, so they may be kept for a year:
     * a changed file gets a new address. Only these paths are resources, so links to pages are never looked up on
     * the class path. The rich-text editor loads its own files by unversioned names, so the WebJars are kept a week.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl forAYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(forAYear)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class,
                code -> Language.fromCode(code).orElseThrow(() -> new UnknownLanguageException(code)));
    }
}
