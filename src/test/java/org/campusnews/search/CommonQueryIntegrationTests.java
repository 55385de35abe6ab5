package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A query that finds more articles than are counted and listed. */
class CommonQueryIntegrationTests extends IntegrationTest {

    private static final int MORE = SearchResults.COUNTED + 30;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    private Section section;

    @AfterEach
    void removeArticles() {
        if (section != null) {
            jdbc.sql("delete from article where section_id = ?").param(section.getId()).update();
        }
    }

    @Test
    void moreThanTheCountedResultsAreSaidSoAndListedUpToTheCountedTitleMatchesFirst() {
        section = content.section();
        Department department = content.department();
        List<Long> ids = jdbc.sql("""
                        insert into article (section_id, department_id, release_time, status, pinned, browse_count,
                                             created_at, updated_at)
                        select ?, ?, now() - n * interval '1 minute', 'PUBLISHED', false, 0, now(), now()
                        from generate_series(1, ?) n
                        returning id""")
                .param(section.getId()).param(department.getId()).param(MORE).query(Long.class).list();
        jdbc.sql("""
                insert into article_translation (article_id, lang, title, body, original)
                select a.id, 'en', case when a.id % 100 = 0 then 'Zyzzyva count ' || a.id else 'Notice ' || a.id end,
                       '<p>About the zyzzyva.</p>', true
                from article a where a.section_id = ?""").param(section.getId()).update();
        index.backfill();
        long titleMatches = ids.stream().filter(id -> id % 100 == 0).count();

        Document first = page("/en/search?q=zyzzyva");
        Document last = page("/en/search?q=zyzzyva&page=" + SearchResults.COUNTED / SearchService.PAGE_SIZE);

        assertThat(first.selectFirst(".search-count").text()).startsWith("More than %,d results".formatted(SearchResults.COUNTED));
        assertThat(first.select(".search-result__title").eachText()).first().asString().startsWith("Zyzzyva count");
        assertThat(first.select(".search-result__title").eachText().stream().filter(t -> t.startsWith("Zyzzyva count")))
                .hasSize((int) Math.min(titleMatches, SearchService.PAGE_SIZE));
        assertThat(last.select(".search-result")).hasSize(SearchService.PAGE_SIZE);
        assertThat(get("/en/search?q=zyzzyva&page=" + (SearchResults.COUNTED / SearchService.PAGE_SIZE + 1))
                .statusCode()).isEqualTo(404);
        assertThat(page("/zh/search?q=zyzzyva").select(".search-result")).as("another language").isEmpty();
        assertThat(page("/en/search?q=zyzzyva&sort=newest").select(".search-result__title").eachText()).first()
                .isEqualTo((ids.get(0) % 100 == 0 ? "Zyzzyva count " : "Notice ") + ids.get(0));
    }
}
