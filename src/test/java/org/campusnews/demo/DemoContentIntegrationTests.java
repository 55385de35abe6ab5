package org.campusnews.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo content, loaded into the empty test database when the shared application context started. */
class DemoContentIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoContentLoader loader;

    @Test
    void demoUniversityHasDepartmentsSectionsAndSixtyBilingualArticlesOverSeveralMonths() {
        assertThat(count("select count(*) from department where slug not like 'test-%'")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from section where slug not like 'test-%'")).isGreaterThanOrEqualTo(4);
        assertThat(count(demoArticles("true"))).isGreaterThanOrEqualTo(60);
        assertThat(count(demoArticles("exists (select 1 from article_translation t where t.article_id = a.id and t.lang = 'zh') "
                + "and exists (select 1 from article_translation t where t.article_id = a.id and t.lang = 'en')")))
                .isGreaterThanOrEqualTo(50);
        assertThat(count(demoArticles("a.pinned"))).isGreaterThanOrEqualTo(1);
        assertThat(count(demoArticles("""
                a.source_department_id is null
                and not exists (select 1 from article_translation t where t.article_id = a.id and t.source is not null)"""))).isGreaterThanOrEqualTo(1);
        assertThat(count(demoArticles("a.source_department_id is not null"))).isGreaterThanOrEqualTo(10);
        assertThat(count(demoArticles("""
                exists (select 1 from article_translation zh join article_translation en on en.article_id = zh.article_id
                        where zh.article_id = a.id and zh.lang = 'zh' and en.lang = 'en' and zh.source <> en.source)""")))
                .as("sources named in each language").isGreaterThanOrEqualTo(5);
        assertThat(count(demoArticles("exists (select 1 from article_translation t where t.article_id = a.id and t.translator_id is not null)")))
                .isGreaterThanOrEqualTo(5);
        assertThat(count(demoArticles("exists (select 1 from article_translation t where t.article_id = a.id and char_length(t.title) > 80)")))
                .isGreaterThanOrEqualTo(3);
        assertThat(count(demoArticles("a.release_time < now() - interval '90 days'"))).isGreaterThanOrEqualTo(5);
        assertThat(count(demoArticles("a.cover_media_id is not null"))).isGreaterThanOrEqualTo(10);
    }

    @Test
    void isNotLoadedAgainIntoADatabaseThatHoldsContent() throws Exception {
        long articlesBefore = count("select count(*) from article");

        assertThat(loader.load()).isFalse();
        assertThat(count("select count(*) from article")).isEqualTo(articlesBefore);
    }

    @Test
    void demoArticlesAreServedInBothLanguages() {
        long id = count("""
                select min(a.id) from article a join section s on s.id = a.section_id
                where s.slug = 'school-news' and (select count(*) from article_translation t where t.article_id = a.id) = 2""");

        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(get("/zh/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(page("/en/sections/school-news").select(".article-list__title")).isNotEmpty();
        String thumbnail = page("/en/").select("img.article-list__thumb").attr("src");
        assertThat(thumbnail).startsWith("/media/");
        assertThat(get(thumbnail).statusCode()).isEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String demoArticles(String condition) {
        return "select count(*) from article a join section s on s.id = a.section_id where s.slug not like 'test-%' and "
                + condition;
    }
}
