package org.campusnews.web;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final CampusNewsProperties properties;

    WebConfig(CampusNewsProperties properties) {
        this.properties = properties;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver(properties.defaultLanguage());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class,
                code -> Language.fromCode(code).orElseThrow(() -> new UnknownLanguageException(code)));
    }
}
