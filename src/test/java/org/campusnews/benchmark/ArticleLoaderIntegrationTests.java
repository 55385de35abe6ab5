package org.campusnews.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public pages benchmark's data, loaded small into a database of its own, is published and listed. */
class ArticleLoaderIntegrationTests {

    private static final int ARTICLES = 300;

    @TempDir
    static Path directory;

    static BenchmarkDatabase database;
    static JdbcTemplate jdbc;
    static ArticleLoader.LoadedArticles loaded;

    @BeforeAll
    static void load() throws Exception {
        database = BenchmarkDatabase.start(directory.resolve("postgres"));
        jdbc = new JdbcTemplate(database.dataSource());
        loaded = new ArticleLoader(database.dataSource()).load(ARTICLES);
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void articlesArePublishedInThePast() {
        assertThat(loaded.articles()).isEqualTo(ARTICLES);
        assertThat(count("select count(*) from article where status = 'PUBLISHED' and release_time < now() and deleted_at is null"))
                .isEqualTo(ARTICLES);
        assertThat(count("select count(distinct department_id) from article")).isEqualTo(6);
        assertThat(count("""
                select count(*) from article a where a.source_department_id is not null
                    or exists (select 1 from article_translation t where t.article_id = a.id and t.source is not null)""")).isGreaterThan(ARTICLES / 2);
    }

    @Test
    void mostArticlesAreInBothLanguagesWithBodiesOfAFewKilobytes() {
        assertThat(count("select count(*) from article_translation")).isEqualTo(loaded.translations());
        long bilingual = count("select count(*) from (select article_id from article_translation group by article_id having count(*) = 2) b");
        assertThat(bilingual).isBetween(ARTICLES * 75L / 100, ARTICLES * 95L / 100);
        assertThat(count("select count(*) from article a where not exists (select 1 from article_translation t where t.article_id = a.id)"))
                .isZero();
        assertThat(count("select count(*) from article a where (select count(*) from article_translation t where t.article_id = a.id and t.original) <> 1"))
                .isZero();
        assertThat(count("select count(*) from article_translation where translator_id is not null")).isPositive();
        assertThat(count("select min(octet_length(body)) from article_translation")).isGreaterThanOrEqualTo(900);
        assertThat(count("select max(octet_length(body)) from article_translation")).isLessThanOrEqualTo(3_300);
        assertThat(count("select count(*) from article_translation where lang = 'zh' and body !~ '[\\u4e00-\\u9fff]'")).isZero();
        assertThat(count("select max(char_length(title)) from article_translation")).isGreaterThan(100);
    }

    @Test
    void hotSectionsHoldMostArticlesAndEachSectionPinsAFew() {
        Map<String, Object> hot = jdbc.queryForMap("""
                select count(*) filter (where s.slug in ('notices', 'school-news')) as hot, count(*) as total
                from article a join section s on s.id = a.section_id""");
        assertThat((Long) hot.get("hot") * 100 / (Long) hot.get("total")).isBetween(50L, 70L);
        List<Long> pinnedPerSection = jdbc.queryForList(
                "select count(*) filter (where a.pinned) from section s left join article a on a.section_id = s.id group by s.id",
                Long.class);
        assertThat(pinnedPerSection).hasSize(5).allSatisfy(pinned -> assertThat(pinned).isBetween(1L, 4L));
    }

    @Test
    void everyVersionIsListedWithContiguousPositions() {
        assertThat(count("select count(*) from section_listing")).isEqualTo(loaded.translations());
        assertThat(count("""
                select count(*) from section_listing l
                join article a on a.id = l.article_id
                join article_translation t on t.article_id = l.article_id and t.lang = l.lang
                where l.section_id = a.section_id and l.pinned = a.pinned and l.release_time = a.release_time"""))
                .isEqualTo(loaded.translations());
        assertThat(count("""
                select count(*) from (
                    select section_id, lang, pinned from section_listing
                    group by section_id, lang, pinned
                    having min(position) <> 1 or max(position) <> count(*) or count(distinct position) <> count(*)) gaps"""))
                .isZero();
        assertThat(count("select count(distinct lang) from section_listing")).isEqualTo(2);
    }

    @Test
    void choosesARecentArticleWithNeighboursAndTheDeepestPageThereIs() throws Exception {
        PublicPages pages = PublicPages.choose(database);

        Map<String, Object> article = jdbc.queryForMap("""
                select l.position, (select max(position) from section_listing o
                                    where o.section_id = l.section_id and o.lang = l.lang and not o.pinned) as top
                from section_listing l where l.article_id = ? and l.lang = 'en'""", pages.articleId());
        assertThat((Integer) article.get("position")).isGreaterThan(1);
        // Ten newer articles in both languages; English-only ones may lie between them.
        assertThat((Integer) article.get("top") - (Integer) article.get("position")).isBetween(10, 20);
        long listed = count("""
                select count(*) from section_listing l join section s on s.id = l.section_id
                where s.slug = 'notices' and l.lang = 'en' and not l.pinned""");
        assertThat(pages.deepPage()).isEqualTo((int) ((listed + 19) / 20));
        assertThat(pages.pages()).extracting(Page::path).containsExactly("/en/articles/" + pages.articleId(), "/en/",
                "/en/sections/notices", "/en/sections/notices?page=" + pages.deepPage(), "/en/feed.rss", "/sitemap.xml",
                "/api/v1/articles?lang=en", "/api/v1/articles/" + pages.articleId() + "?lang=en");
    }

    @Test
    void countsTheStatementsOfTheApplicationsDatabaseUserOnly() throws Exception {
        StatementCounts before = database.applicationStatements();
        try (Connection app = DriverManager.getConnection(database.applicationJdbcUrl(), BenchmarkDatabase.APP_USER, "");
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            for (int transaction = 0; transaction < 2; transaction++) {
                for (int i = 0; i < 3; i++) {
                    statement.executeQuery("select count(*) from section_listing where position > " + i).close();
                }
                app.commit();
            }
        }
        count("select count(*) from article");

        StatementCounts run = database.applicationStatements().minus(before);
        assertThat(run.queries()).isEqualTo(6);
        assertThat(run.transactions()).isEqualTo(2);
        assertThat(run.mostRun(1).get(0).getKey()).contains("section_listing");
    }

    private static long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
