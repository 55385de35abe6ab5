package org.campusnews.article.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.ArticleStatus;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class ArticleWorkflowIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private Section section;
    private Department department;
    private UserAccount author;
    private UserAccount editor;
    private UserAccount admin;

    @BeforeEach
    void staff() {
        section = content.section();
        department = content.department();
        author = content.staff(Role.AUTHOR, department);
        editor = content.staff(Role.EDITOR);
        admin = content.staff(Role.ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void authorSubmitsEditorPublishesVisitorsReadAndUnpublishingTakesItDown() throws Exception {
        long id = create(author, "SUBMIT");
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);

        transition(editor, id, "PUBLISH");

        assertThat(statusOf(id)).isEqualTo(ArticleStatus.PUBLISHED);
        Document page = page("/en/articles/" + id);
        assertThat(page.selectFirst("h1.article__title").text()).isEqualTo("University Holds Opening Ceremony");
        assertThat(page.selectFirst(".article__meta").text()).contains("Release time: 2026-03-01", "Source: News Office");
        assertThat(audit(id, "ARTICLE_PUBLISHED")).isEqualTo(1);

        transition(editor, id, "UNPUBLISH");

        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(audit(id, "ARTICLE_UNPUBLISHED")).isEqualTo(1);
    }

    @Test
    void authorsCannotPublishAndSeeNoPublishButton() throws Exception {
        long id = create(author, "SAVE");

        String editorPage = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(author)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(editorPage).select("button[name=action]").eachAttr("value"))
                .contains("SAVE", "SUBMIT").doesNotContain("PUBLISH", "UNPUBLISH", "ARCHIVE", "RETURN");

        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id)).param("action", "PUBLISH")
                        .post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.DRAFT);
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void editorsSeeTheStepsOfTheArticlesState() throws Exception {
        long id = create(author, "SUBMIT");

        String editorPage = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(editor)))
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(editorPage).select("button[name=action]").eachAttr("value"))
                .containsExactlyInAnyOrder("SAVE", "APPROVE", "PUBLISH", "RETURN", "ARCHIVE");
        assertThat(Jsoup.parse(editorPage).select("textarea#reviewComment")).as("the comment for returning it").hasSize(1);
        String authorPage = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(author)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(authorPage).select("textarea#reviewComment")).as("no return step for its author").isEmpty();
    }

    @Test
    void editorReturnsAnArticleWithACommentTheAuthorSees() throws Exception {
        long id = create(author, "SUBMIT");

        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id)).param("action", "RETURN")
                        .param("reviewComment", "Please shorten the English title.")
                        .post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo(ArticleStatus.DRAFT);
        String authorView = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(author)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(authorView).selectFirst("#review-comment").text()).contains("Please shorten the English title.");
    }

    @Test
    void publishingNeedsAReleaseTime() throws Exception {
        long id = create(author, "SAVE");

        String page = mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id))
                        .param("releaseTime", "").param("en.title", "Typed before the refusal")
                        .param("action", "PUBLISH").post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("flashError", "workflow.releaseTimeRequired"))
                .andReturn().getResponse().getContentAsString();

        assertThat(statusOf(id)).isEqualTo(ArticleStatus.DRAFT);
        assertThat(englishTitle(id)).isEqualTo("University Holds Opening Ceremony");
        assertThat(Jsoup.parse(page).select("input[name=en.title]").val()).isEqualTo("Typed before the refusal");
    }

    @Test
    void aStepRefusedForLackOfPermissionSavesNothing() throws Exception {
        long id = create(author, "SAVE");
        String version = version(id);

        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version)
                        .param("en.title", "Published by its author").param("action", "PUBLISH")
                        .post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(statusOf(id)).isEqualTo(ArticleStatus.DRAFT);
        assertThat(englishTitle(id)).isEqualTo("University Holds Opening Ceremony");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void aNewArticleWhoseFirstStepIsRefusedIsNotCreated() throws Exception {
        long before = articles.count();

        mvc.perform(ArticleEditorPost.bilingual(section, department).param("action", "PUBLISH")
                        .post("/admin/articles").with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(articles.count()).isEqualTo(before);
    }

    private String englishTitle(long id) {
        return jdbc.queryForObject("select title from article_translation where article_id = ? and lang = 'en'", String.class, id);
    }

    @Test
    void articlePublishedForLaterAppearsByItselfWhenItsTimeComes() throws Exception {
        String inTwoHours = LocalDateTime.now(clock).plusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        long id = idOf(mvc.perform(ArticleEditorPost.bilingual(section, department).param("releaseTime", inTwoHours)
                        .param("action", "PUBLISH").post("/admin/articles").with(as(editor)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl());
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(page("/en/sections/" + section.getSlug()).select(".article-list__title").eachText())
                .doesNotContain("University Holds Opening Ceremony");

        clock.advance(Duration.ofHours(3));

        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(page("/en/sections/" + section.getSlug()).select(".article-list__title").eachText())
                .contains("University Holds Opening Ceremony");
    }

    @Test
    void authorsOfAnotherDepartmentGetForbiddenAndChangeNothing() throws Exception {
        long id = create(author, "SAVE");
        Department other = content.department();
        UserAccount outsider = content.staff(Role.AUTHOR, other);

        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/preview").with(as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(ArticleEditorPost.bilingual(section, other).param("version", version(id)).param("en.title", "Hijacked")
                        .post("/admin/articles/" + id).with(as(outsider)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/delete").with(as(outsider)).with(csrf()))
                .andExpect(status().isForbidden());
        long before = articles.count();
        mvc.perform(ArticleEditorPost.bilingual(section, department).post("/admin/articles").with(as(outsider)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(articles.count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title from article_translation where article_id = ? and lang = 'en'",
                String.class, id)).isEqualTo("University Holds Opening Ceremony");
        assertThat(articles.findById(id).orElseThrow().isDeleted()).isFalse();
    }

    @Test
    void deletionIsSoftAndOnlyAnAdministratorRestores() throws Exception {
        long id = create(editor, "PUBLISH");
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(200);

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);
        assertThat(articles.findById(id)).isPresent();
        assertThat(audit(id, "ARTICLE_DELETED")).isEqualTo(1);
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(editor)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/restore").with(as(editor)).with(csrf()))
                .andExpect(status().isForbidden());
        String deletedList = mvc.perform(MockMvcRequestBuilders.get("/admin/articles?deleted=true").with(as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(deletedList).select("#article-list tr[data-article-id]").eachAttr("data-article-id"))
                .contains(Long.toString(id));

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/restore").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void authorsDeleteOnlyTheirDrafts() throws Exception {
        long submitted = create(author, "SUBMIT");

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + submitted + "/delete").with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(articles.findById(submitted).orElseThrow().isDeleted()).isFalse();

        long draft = create(author, "SAVE");
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + draft + "/delete").with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(articles.findById(draft).orElseThrow().isDeleted()).isTrue();
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() throws Exception {
        long id = create(author, "SAVE");
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id))
                        .param("en.title", "A Changed Title").param("en.body", "<p>Rewritten body</p>")
                        .post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document history = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/history")
                .with(as(editor))).andReturn().getResponse().getContentAsString());
        assertThat(history.select("#revisions tbody tr")).hasSize(2);
        String firstRevision = history.select("#revisions tbody tr").last().selectFirst("td").text();

        Document compare = Jsoup.parse(mvc.perform(MockMvcRequestBuilders
                .get("/admin/articles/" + id + "/history/" + firstRevision).with(as(editor))).andReturn().getResponse().getContentAsString());
        assertThat(compare.selectFirst("#changes").text()).contains("University Holds Opening Ceremony", "A Changed Title");
        assertThat(compare.select("#changes ins").eachText()).contains("Changed");

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/history/" + firstRevision + "/restore")
                        .param("version", version(id)).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select title from article_translation where article_id = ? and lang = 'en'",
                String.class, id)).isEqualTo("University Holds Opening Ceremony");
        assertThat(jdbc.queryForObject("select count(*) from article_revision where article_id = ?", Long.class, id)).isEqualTo(3);
    }

    @Test
    void anAuthorMovesTheirArticleOnlyIntoADepartmentTheyWorkFor() throws Exception {
        long id = create(author, "SAVE");
        String version = version(id);
        Department other = content.department();

        mvc.perform(ArticleEditorPost.bilingual(section, other).param("version", version).param("en.title", "Moved away")
                        .post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(departmentOf(id)).isEqualTo(department.getId());
        assertThat(englishTitle(id)).isEqualTo("University Holds Opening Ceremony");
        assertThat(version(id)).isEqualTo(version);

        UserAccount ofBoth = content.staff(Role.AUTHOR, department, other);
        mvc.perform(ArticleEditorPost.bilingual(section, other).param("version", version).param("en.title", "Moved across")
                        .post("/admin/articles/" + id).with(as(ofBoth)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(departmentOf(id)).isEqualTo(other.getId());
        assertThat(englishTitle(id)).isEqualTo("Moved across");
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(author)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHistoryOfAnotherDepartmentsArticleIsForbiddenAndItsRevisionsStayPut() throws Exception {
        long id = create(author, "SAVE");
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id))
                        .param("en.title", "Second title").post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long firstRevision = jdbc.queryForObject("select min(id) from article_revision where article_id = ?", Long.class, id);
        UserAccount outsider = content.staff(Role.AUTHOR, content.department());

        String history = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/history").with(as(outsider)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(history).doesNotContain("Second title", "University Holds Opening Ceremony");
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/history/" + firstRevision).with(as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/history/" + firstRevision + "/restore")
                        .param("version", version(id)).with(as(outsider)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(englishTitle(id)).isEqualTo("Second title");
        assertThat(revisionCount(id)).isEqualTo(2);
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/history").with(as(author)))
                .andExpect(status().isOk());
    }

    @Test
    void aStepTakenFromAnOutdatedVersionIsAConflictAndChangesNothing() throws Exception {
        long id = create(author, "SUBMIT");
        String opened = version(id);
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", opened)
                        .param("en.title", "Corrected meanwhile").post("/admin/articles/" + id).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String current = version(id);

        String page = mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", opened)
                        .param("action", "PUBLISH").post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.selectFirst("#conflict").text()).contains(admin.getUsername());
        assertThat(form.selectFirst("#conflict table").text()).contains("Corrected meanwhile");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo(current);
        assertThat(statusOf(id)).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(englishTitle(id)).isEqualTo("Corrected meanwhile");
        assertThat(version(id)).isEqualTo(current);
        assertThat(audit(id, "ARTICLE_PUBLISHED")).isZero();
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aRevisionRestoredFromAnOutdatedVersionIsAConflictAndChangesNothing() throws Exception {
        long id = create(author, "SAVE");
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id))
                        .param("en.title", "Second title").post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long firstRevision = jdbc.queryForObject("select min(id) from article_revision where article_id = ?", Long.class, id);
        String opened = version(id);
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", opened)
                        .param("en.title", "Third title").post("/admin/articles/" + id).with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String current = version(id);

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/history/" + firstRevision + "/restore")
                        .param("version", opened).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/articles/" + id + "/history/" + firstRevision))
                .andExpect(flash().attribute("flashError", "editor.conflict.title"));

        assertThat(englishTitle(id)).isEqualTo("Third title");
        assertThat(version(id)).isEqualTo(current);
        assertThat(revisionCount(id)).isEqualTo(3);
        assertThat(audit(id, "REVISION_RESTORED")).isZero();
    }

    @Test
    void homeAndPreviousNextShowAScheduledArticleOnceItsReleaseTimeHasPassed() throws Exception {
        Article older = content.article(section, department).en("Out already").releasedHoursAgo(5).save();
        String inTwoHours = LocalDateTime.now(clock).plusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        long scheduled = idOf(mvc.perform(ArticleEditorPost.englishOnly(section, department, "Out at its time")
                        .enBody("<p>Released at its time</p>").param("releaseTime", inTwoHours).param("action", "PUBLISH")
                        .post("/admin/articles").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        String olderPath = "/en/articles/" + older.getId();
        String scheduledPath = "/en/articles/" + scheduled;

        assertThat(homeTitles()).containsExactly("Out already");
        assertThat(page(olderPath).select(".article-neighbours__previous a")).isEmpty();
        assertThat(get(scheduledPath).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(3));

        assertThat(homeTitles()).containsExactly("Out at its time", "Out already");
        assertThat(page(olderPath).select(".article-neighbours__previous a").attr("title")).isEqualTo("Out at its time");
        Document scheduledPage = page(scheduledPath);
        assertThat(scheduledPage.select(".article-neighbours__next a").attr("title")).isEqualTo("Out already");
        assertThat(scheduledPage.select(".article-neighbours__previous a")).isEmpty();
    }

    @Test
    void previewShowsAnUnpublishedArticleInThePublicTemplateWithoutCountingAView() throws Exception {
        long id = create(author, "SAVE");

        String preview = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/preview?lang=en").with(as(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(preview);
        assertThat(page.selectFirst(".preview-banner")).isNotNull();
        assertThat(page.selectFirst("h1.article__title").text()).isEqualTo("University Holds Opening Ceremony");
        assertThat(articles.findById(id).orElseThrow().getBrowseCount()).isZero();
    }

    private long create(UserAccount who, String action) throws Exception {
        return idOf(mvc.perform(ArticleEditorPost.bilingual(section, department).param("action", action)
                .post("/admin/articles").with(as(who)).with(csrf())).andReturn().getResponse().getRedirectedUrl());
    }

    private void transition(UserAccount who, long id, String action) throws Exception {
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id)).param("action", action)
                        .post("/admin/articles/" + id).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private List<String> homeTitles() {
        return page("/en/").select("section.home-section").stream()
                .filter(block -> block.selectFirst("h2").text().equals(section.name(Language.EN)))
                .findFirst().orElseThrow().select(".article-list__title").eachText();
    }

    private long departmentOf(long id) {
        return jdbc.queryForObject("select department_id from article where id = ?", Long.class, id);
    }

    private long revisionCount(long id) {
        return jdbc.queryForObject("select count(*) from article_revision where article_id = ?", Long.class, id);
    }

    private String version(long id) {
        return Long.toString(articles.findById(id).orElseThrow().getVersion());
    }

    private ArticleStatus statusOf(long id) {
        return articles.findById(id).orElseThrow().getStatus();
    }

    private long audit(long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where target_id = ? and action = ?", Long.class, id, action);
    }

    private static long idOf(String redirect) {
        return ArticleEditorIntegrationTests.idFrom(redirect);
    }
}
