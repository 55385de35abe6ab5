package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BrowseCounterIntegrationTests extends IntegrationTest {

    @Autowired
    BrowseCounter browseCounter;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stoppingTheApplicationWritesEveryCountedView() {
        Article first = content.article(content.section(), content.department()).en("First").save();
        Article second = content.article(content.section(), content.department()).en("Second").save();
        List<CompletableFuture<Void>> views = IntStream.range(0, 60)
                .mapToObj(i -> CompletableFuture.runAsync(() -> get("/en/articles/" + (i % 3 == 0 ? second : first).getId())))
                .toList();
        views.forEach(CompletableFuture::join);

        browseCounter.stop();
        try {
            assertThat(browseCounter.unwritten()).isZero();
            assertThat(articles.browseCount(first.getId())).hasValue(40L);
            assertThat(articles.browseCount(second.getId())).hasValue(20L);
        } finally {
            browseCounter.start();
        }
    }

    @Test
    void viewsThatCannotBeWrittenAreKeptForTheNextFlush() {
        Article article = content.article(content.section(), content.department()).en("Kept views").save();
        jdbc.execute("alter table article add constraint article_browse_count_test_limit check (browse_count < 3) not valid");
        try {
            for (int i = 0; i < 5; i++) {
                get("/en/articles/" + article.getId());
            }
            browseCounter.flush();
            assertThat(articles.browseCount(article.getId())).hasValue(0L);
            assertThat(page("/en/articles/" + article.getId()).select(".article__browse-count").text()).isEqualTo("6");
        } finally {
            jdbc.execute("alter table article drop constraint article_browse_count_test_limit");
        }

        browseCounter.flush();

        assertThat(articles.browseCount(article.getId())).hasValue(6L);
    }
}
