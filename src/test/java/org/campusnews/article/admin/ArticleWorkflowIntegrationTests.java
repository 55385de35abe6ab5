package org.campusnews.article.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.ArticleStatus;
import org.campusnews.department.Department;
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
                .containsExactlyInAnyOrder("SAVE", "PUBLISH", "RETURN", "ARCHIVE");
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
