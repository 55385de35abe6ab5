package org.campusnews.search;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to rebuild the search index ({@value #PROPERTY}, given with or without
 * {@code =true}), its web server listens only on a free port of the loopback address, and it creates no demo content
 * and does not fill the index at start: it does the rebuild and exits ({@link SearchRebuildCommand}).
 */
class SearchRebuildEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY = "campusnews.search.rebuild";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (requested(environment.getProperty(PROPERTY))) {
            environment.getPropertySources().addFirst(new MapPropertySource("search-rebuild", Map.of(
                    "server.address", "127.0.0.1",
                    "server.port", "0",
                    "campusnews.demo-data", "false",
                    "campusnews.search.index-on-start", "false")));
        }
    }

    /** As {@code @ConditionalOnProperty} decides: present and not {@code false}. */
    static boolean requested(String value) {
        return value != null && !value.equalsIgnoreCase("false");
    }
}
