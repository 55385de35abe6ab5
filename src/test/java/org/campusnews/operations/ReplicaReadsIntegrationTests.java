package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleService;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application with a read replica: a copy of the primary database in which every title says where it was read.
 * Visitors' pages are read from the replica while nothing changed lately; staff work, writes and view counts go to the
 * primary, and right after a change the pages it invalidated are read from the primary, which already has it.
 */
class ReplicaReadsIntegrationTests {

    private static SeparateSite site;
    private static ConfigurableApplicationContext application;

    @BeforeAll
    static void start() throws IOException {
        site = new SeparateSite();
        // The primary gets its schema and content, then the replica is made as a copy of it.
        site.start().close();
        JdbcClient.create(site.database().getPostgresDatabase()).sql("create database replica template postgres").update();
        JdbcClient.create(site.database().getDatabase("postgres", "replica"))
                .sql("update article_translation set title = title || ' [replica]'").update();
        application = site.start("campusnews.datasource.replica.primary-after-change=2s",
                "campusnews.datasource.replica.url=" + site.jdbcUrl("replica"),
                "campusnews.datasource.replica.username=postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void visitorsReadFromTheReplicaAndEverythingElseFromThePrimary() throws Exception {
        JdbcClient primary = JdbcClient.create(site.database().getPostgresDatabase());
        long article = primary.sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
        long storedViews = primary.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        Thread.sleep(2_100);

        String title = Jsoup.parse(get("/en/articles/" + article).body()).selectFirst("h1").text();
        assertThat(title).as("a visitor's page, read from the replica").endsWith("[replica]");

        WebSession editor = new WebSession(port());
        editor.signIn("editor", "editor-demo-password");
        String staffTitle = editor.page("/admin/articles/" + article + "/edit").selectFirst("[id=en.title]").val();
        assertThat(staffTitle).as("staff work, on the primary").doesNotEndWith("[replica]");

        long written = storedViews;
        for (int attempt = 0; attempt < 50 && written == storedViews; attempt++) {
            Thread.sleep(100);
            written = primary.sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        }
        assertThat(written).as("the view, written to the primary").isEqualTo(storedViews + 1);

        Section section = application.getBean(SectionService.class).all().list().get(0);
        Article published = new Article(section, application.getBean(DepartmentService.class).inOrder().get(0));
        published.addTranslation(Language.EN, "Only on the primary so far", "<p>Not replicated yet.</p>").setOriginal(true);
        published.publish(Instant.now().minusSeconds(60));
        application.getBean(ArticleService.class).save(published);

        assertThat(get("/en/sections/" + section.getSlug()).body())
                .as("right after the change, the invalidated page is read from the primary")
                .contains("Only on the primary so far");
    }

    private static int port() {
        return SeparateSite.port(application);
    }

    private static HttpResponse<String> get(String path) {
        return SeparateSite.get(application, path);
    }
}
