package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.campusnews.support.IntegrationTest;
import org.campusnews.support.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration V20 to the review chain over a database holding articles in every status of the single review step
 * before it, with their publications and returns in the audit log, made apart from the test database.
 */
class ReviewLevelsMigrationIntegrationTests extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void everyArticleKeepsItsStatusThoseInReviewWaitForTheNewsOfficeAndPastDecisionsAreKept() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create(dataSource, "review_levels_migration")) {
            DataSource fresh = scratch.dataSource();
            Flyway.configure().dataSource(fresh).target("19").load().migrate();
            JdbcClient old = JdbcClient.create(fresh);
            old.sql("insert into department (id, slug, name_zh, name_en, sort_order) values (1, 'news-office', '新闻中心', 'News Office', 1)")
                    .update();
            old.sql("insert into section (id, slug, name_zh, name_en, sort_order) values (1, 'news', '新闻', 'News', 1)").update();
            String[] statuses = {"DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED", "IN_REVIEW", "DRAFT"};
            for (int i = 0; i < statuses.length; i++) {
                old.sql("""
                                insert into article (id, section_id, department_id, status, release_time, created_at, updated_at,
                                                     review_comment)
                                values (:id, 1, 1, :status, now(), now(), now(), :comment)""")
                        .param("id", i + 1).param("status", statuses[i])
                        .param("comment", i == 5 ? "Please add a photo." : null).update();
            }
            old.sql("insert into user_account (id, username, display_name, password_hash, role, created_at, updated_at) values "
                    + "(1, 'editor', 'Editor', 'x', 'EDITOR', now(), now()), (2, 'author', 'Author', 'x', 'AUTHOR', now(), now())").update();
            old.sql("""
                    insert into audit_event (occurred_at, actor, action, target_type, target_id, details) values
                        ('2026-03-01 09:00+08', 'author', 'ARTICLE_SUBMITTED', 'ARTICLE', 3, 'Title'),
                        ('2026-03-01 10:00+08', 'editor', 'ARTICLE_PUBLISHED', 'ARTICLE', 3, 'Title'),
                        ('2026-03-02 10:00+08', 'editor', 'ARTICLE_RETURNED', 'ARTICLE', 6, 'Please add a photo.'),
                        ('2026-03-02 11:00+08', 'editor', 'ARTICLE_PUBLISHED', 'ARTICLE', 999, 'An article deleted for good')""")
                    .update();

            Flyway.configure().dataSource(fresh).load().migrate();

            assertThat(old.sql("select id || ':' || status || ':' || coalesce(review_level, '-') from article order by id")
                    .query(String.class).list())
                    .containsExactly("1:DRAFT:-", "2:IN_REVIEW:NEWS_OFFICE", "3:PUBLISHED:-", "4:ARCHIVED:-",
                            "5:IN_REVIEW:NEWS_OFFICE", "6:DRAFT:-");
            assertThat(old.sql("select review_comment from article where id = 6").query(String.class).single())
                    .isEqualTo("Please add a photo.");
            assertThat(old.sql("""
                            select article_id || ':' || level || ':' || decision || ':' || decided_by || ':' || coalesce(comment, '-')
                            from article_review order by decided_at""").query(String.class).list())
                    .containsExactly("3:NEWS_OFFICE:PUBLISHED:editor:-", "6:NEWS_OFFICE:RETURNED:editor:Please add a photo.");
            assertThat(old.sql("select count(*) from section where department_review and not leader_review").query(Long.class)
                    .single()).isEqualTo(1);
            assertThat(old.sql("select role from user_account order by id").query(String.class).list())
                    .containsExactly("EDITOR", "AUTHOR");

            assertThatThrownBy(() -> old.sql("update article set status = 'IN_REVIEW' where id = 1").update())
                    .as("an article in review waits at a level").isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> old.sql("update article set review_level = 'NEWS_OFFICE' where id = 3").update())
                    .as("only an article in review waits at a level").isInstanceOf(DataIntegrityViolationException.class);
            old.sql("update user_account set role = 'DEPARTMENT_EDITOR' where id = 2").update();
        }
    }
}
