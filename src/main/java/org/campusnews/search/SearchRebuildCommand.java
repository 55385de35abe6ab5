package org.campusnews.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar campus-news.jar --campusnews.search.rebuild}: rebuilds the search index and exits with status 0
 * ({@link SearchRebuildEnvironment} keeps its web server to itself). Other instances keep serving meanwhile.
 */
@Component
@ConditionalOnProperty(SearchRebuildEnvironment.PROPERTY)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchRebuildCommand implements ApplicationRunner {

    private final SearchIndexRebuild rebuild;
    private final ConfigurableApplicationContext context;

    SearchRebuildCommand(SearchIndexRebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        rebuild.rebuildAll();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
