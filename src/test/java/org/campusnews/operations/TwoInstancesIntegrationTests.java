package org.campusnews.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleService;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.security.ExpiredSessionCleanup;
import org.campusnews.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: what is changed on one shows on the
 * other's kept pages within a second, a staff member signed in on one is signed in on the other (sessions live in the
 * database) until signing out, scheduled work due on both runs once, and the views counted on both add up.
 */
class TwoInstancesIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static SeparateSite site;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws IOException {
        site = new SeparateSite();
        a = instance(true);
        b = instance(false);
    }

    private static ConfigurableApplicationContext instance(boolean demo) {
        // The test runs the clean-up itself, on both instances at once.
        return site.start("campusnews.demo-data=" + demo, "campusnews.sessions.cleanup-cron=-");
    }

    @AfterAll
    static void stop() throws IOException {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void anArticlePublishedOnOneInstanceShowsOnTheOthersKeptPagesWithinASecond() throws Exception {
        Section section = a.getBean(SectionService.class).all().list().get(0);
        String sectionPage = "/en/sections/" + section.getSlug();
        assertThat(get(b, sectionPage).body()).doesNotContain("Published on the first instance");
        assertThat(get(b, "/en/").statusCode()).isEqualTo(200);

        Article article = new Article(section, a.getBean(DepartmentService.class).inOrder().get(0));
        article.addTranslation(Language.EN, "Published on the first instance", "<p>Seen on the second.</p>")
                .setOriginal(true);
        article.publish(Instant.now().minusSeconds(60));
        a.getBean(ArticleService.class).save(article);

        assertThat(within(b, sectionPage, body -> body.contains("Published on the first instance"))).isTrue();
        assertThat(within(b, "/en/", body -> body.contains("Published on the first instance"))).isTrue();
    }

    @Test
    void aSectionRenamedOnOneInstanceIsInTheOthersMenuWithinASecond() throws Exception {
        SectionService sections = a.getBean(SectionService.class);
        Section section = sections.all().list().get(1);
        assertThat(get(b, "/zh/").statusCode()).isEqualTo(200);

        sections.update(section.getId(), section.getSlug(), new BilingualName("改名后的栏目", "A Renamed Section"),
                section.getSortOrder());

        assertThat(within(b, "/zh/", body -> Jsoup.parse(body).select(".site-nav a").eachText().contains("改名后的栏目")))
                .isTrue();
    }

    @Test
    void aStaffMemberSignedInOnOneInstanceIsSignedInOnTheOtherUntilSigningOut() {
        WebSession onA = new WebSession(port(a));
        assertThat(onA.signIn("editor", "editor-demo-password").statusCode()).isEqualTo(302);
        WebSession onB = new WebSession(port(b));
        onB.addCookie("SESSION", onA.cookie("SESSION").orElseThrow());

        assertThat(onB.get("/admin/articles").statusCode()).as("signed in on the other instance").isEqualTo(200);

        assertThat(onA.submit("/admin/articles", "/logout", java.util.Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> afterSignOut = onB.get("/admin/articles");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aSensitiveWordAddedOnOneInstanceIsFoundByTheOthersChecksWithinASecond() throws Exception {
        String word = "跨实例词" + Long.toString(System.nanoTime(), 36);
        Section section = a.getBean(SectionService.class).all().list().get(0);
        Article article = new Article(section, a.getBean(DepartmentService.class).inOrder().get(0));
        article.addTranslation(Language.ZH, "关于" + word + "的通知", "<p>正文</p>").setOriginal(true);
        long id = a.getBean(ArticleService.class).save(article).getId();
        WebSession onA = new WebSession(port(a));
        assertThat(onA.signIn("editor", "editor-demo-password").statusCode()).isEqualTo(302);
        WebSession onB = new WebSession(port(b));
        onB.addCookie("SESSION", onA.cookie("SESSION").orElseThrow());
        String editor = "/admin/articles/" + id + "/edit";
        assertThat(onB.page(editor).select("#checks-zh-title li")).as("the other instance's matcher, built before").isEmpty();

        assertThat(onA.submit("/admin/checks/words", "/admin/checks/words",
                java.util.Map.of("word", word, "severity", "BLOCK")).statusCode()).isEqualTo(302);

        long deadline = System.nanoTime() + WITHIN.toNanos();
        boolean found;
        do {
            found = !onB.page(editor).select("#checks-zh-title li[data-kind=SENSITIVE_WORD]").isEmpty();
            Thread.sleep(20);
        } while (!found && System.nanoTime() < deadline);
        assertThat(found).as("found on the other instance").isTrue();
    }

    @Test
    void scheduledWorkDueOnBothInstancesAtOnceRunsOnce() throws Exception {
        org.springframework.jdbc.core.simple.JdbcClient jdbc = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
                                            expiry_time)
                values ('00000000-0000-0000-0000-00000000e001', '00000000-0000-0000-0000-00000000e002', 0, 0, 60, 1)""")
                .update();
        ExpiredSessionCleanup onA = a.getBean(ExpiredSessionCleanup.class);
        ExpiredSessionCleanup onB = b.getBean(ExpiredSessionCleanup.class);
        long before = onA.runs() + onB.runs();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (java.util.concurrent.Future<?> run : both.invokeAll(java.util.List.of(
                    () -> { together.await(); onA.removeExpired(); return null; },
                    () -> { together.await(); onB.removeExpired(); return null; }))) {
                run.get();
            }
        } finally {
            both.shutdown();
        }

        assertThat(onA.runs() + onB.runs() - before).as("runs on both instances together").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from spring_session where primary_id = '00000000-0000-0000-0000-00000000e001'")
                .query(Long.class).single()).as("the expired session removed").isZero();
    }

    @Test
    void viewsCountedOnBothInstancesAddUp() throws Exception {
        long article = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select min(id) from article where status = 'PUBLISHED'").query(Long.class).single();
        String path = "/en/articles/" + article;
        long before = count(get(a, path)) - 1;
        for (int i = 0; i < 30; i++) {
            get(a, path);
            get(b, path);
        }
        long expected = before + 1 + 60;
        long stored = 0;
        for (int attempt = 0; attempt < 50 && stored != expected; attempt++) {
            Thread.sleep(100);
            stored = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select browse_count from article where id = ?").param(article).query(Long.class).single();
        }
        assertThat(stored).as("views written by both instances").isEqualTo(expected);
    }

    /** Whether the page, asked for again and again, shows what is wanted within a second. */
    private static boolean within(ConfigurableApplicationContext instance, String path, Predicate<String> shows)
            throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        do {
            if (shows.test(get(instance, path).body())) {
                return true;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static long count(HttpResponse<String> page) {
        return Long.parseLong(Jsoup.parse(page.body()).selectFirst(".article__browse-count").text());
    }

    private static int port(ConfigurableApplicationContext instance) {
        return SeparateSite.port(instance);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path) {
        return SeparateSite.get(instance, path);
    }
}
