package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.campusnews.support.IntegrationTest;
import org.campusnews.support.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration V14 over a database in the shape before it (one free-text source per article), made apart from the
 * test database: a source that names a department becomes that department, any other text every version's own.
 */
class ArticleSourceMigrationIntegrationTests extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void sourcesNamingADepartmentBecomeItAndOtherTextsStayWithEachVersion() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create(dataSource, "source_migration")) {
            DataSource fresh = scratch.dataSource();
            Flyway.configure().dataSource(fresh).target("13").load().migrate();
            JdbcClient old = JdbcClient.create(fresh);
            old.sql("""
                    insert into department (id, slug, name_zh, name_en, sort_order) values
                        (1, 'academic-affairs', '教务处', 'Office of Academic Affairs', 1),
                        (2, 'international-office', '国际交流处', 'International Office', 2)""").update();
            old.sql("insert into section (id, slug, name_zh, name_en, sort_order) values (1, 'news', '新闻', 'News', 1)")
                    .update();
            List<String> sources = List.of("教务处", " office of academic affairs ", "International Office", "滨江日报", "", "");
            for (int i = 0; i < sources.size(); i++) {
                old.sql("""
                                insert into article (id, section_id, department_id, source, status, created_at, updated_at)
                                values (:id, 1, 2, :source, 'DRAFT', now(), now())""")
                        .param("id", i + 1).param("source", i == 5 ? null : sources.get(i)).update();
                old.sql("""
                                insert into article_translation (article_id, lang, title, body, original) values
                                    (:id, 'zh', '标题', '<p>正文</p>', true), (:id, 'en', 'Title', '<p>Text</p>', false)""")
                        .param("id", i + 1).update();
            }

            Flyway.configure().dataSource(fresh).load().migrate();

            assertThat(old.sql("select id, source_department_id from article order by id")
                    .query((rs, row) -> rs.getLong(1) + ":" + rs.getObject(2)).list())
                    .containsExactly("1:1", "2:1", "3:2", "4:null", "5:null", "6:null");
            assertThat(old.sql("select article_id || lang || ':' || coalesce(source, '-') from article_translation order by article_id, lang")
                    .query(String.class).list())
                    .containsExactly("1en:-", "1zh:-", "2en:-", "2zh:-", "3en:-", "3zh:-",
                            "4en:滨江日报", "4zh:滨江日报", "5en:-", "5zh:-", "6en:-", "6zh:-");
            assertThat(old.sql("select count(*) from information_schema.columns where table_name = 'article' and column_name = 'source'")
                    .query(Long.class).single()).isZero();
        }
    }
}
