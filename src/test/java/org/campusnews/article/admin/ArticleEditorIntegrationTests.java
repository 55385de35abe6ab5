package org.campusnews.article.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.article.ArticleRevisionRepository;
import org.campusnews.article.ArticleStatus;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.TestContent;
import org.campusnews.support.WebSession;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

class ArticleEditorIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleRevisionRepository revisions;

    @Autowired
    TransactionTemplate transaction;

    private Section section;
    private Department department;
    private UserAccount author;
    private UserAccount editor;

    @BeforeEach
    void staff() {
        section = content.section();
        department = content.department();
        author = content.staff(Role.AUTHOR, department);
        editor = content.staff(Role.EDITOR);
    }

    @Test
    void authorWritesADraftWithBothVersionsAndATranslationCredit() throws Exception {
        Department translator = content.department("Basic Courses Department", "基础课部");

        MvcResult result = mvc.perform(ArticleEditorPost.bilingual(section, department)
                        .param("en.translatorId", translator.getId().toString())
                        .post("/admin/articles").with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        long id = idFrom(result.getResponse().getRedirectedUrl());
        transaction.executeWithoutResult(status -> {
            Article stored = articles.findWithDetails(id).orElseThrow();
            assertThat(stored.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(stored.getCreatedBy()).isEqualTo(author.getUsername());
            assertThat(stored.translation(Language.EN).orElseThrow().getTranslator().getId()).isEqualTo(translator.getId());
            assertThat(stored.translation(Language.ZH).orElseThrow().isOriginal()).isTrue();
            assertThat(stored.translation(Language.EN).orElseThrow().getBody()).contains("<strong>bold</strong>", "<li>one</li>");
        });
        assertThat(revisions.findByArticleIdOrderByIdDesc(id)).hasSize(1);
    }

    @Test
    void theSourceIsADepartmentOrTheTextOfEachVersionButNotBoth() throws Exception {
        Department source = content.department("Office of Academic Affairs", "教务处");

        String refused = mvc.perform(ArticleEditorPost.bilingual(section, department)
                        .param("sourceDepartmentId", source.getId().toString())
                        .post("/admin/articles").with(as(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(refused);
        assertThat(form.selectFirst("[id=en.source]").parent().select(".field-error").text())
                .contains("The source is a department already");
        assertThat(form.selectFirst("[id=en.source]").val()).isEqualTo("News Office");

        MvcResult saved = mvc.perform(ArticleEditorPost.bilingual(section, department)
                        .param("sourceDepartmentId", source.getId().toString())
                        .param("zh.source", "").param("en.source", " ")
                        .post("/admin/articles").with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = idFrom(saved.getResponse().getRedirectedUrl());
        transaction.executeWithoutResult(status -> {
            Article stored = articles.findWithDetails(id).orElseThrow();
            assertThat(stored.getSourceDepartment().getId()).isEqualTo(source.getId());
            assertThat(stored.getTranslations()).extracting(ArticleTranslation::getSource).containsOnlyNulls();
        });
        Document editor = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(author)))
                .andReturn().getResponse().getContentAsString());
        assertThat(editor.select("#sourceDepartmentId option[selected]").attr("value")).isEqualTo(source.getId().toString());
    }

    @Test
    void invalidInputShowsMessagesNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        long before = articles.count();

        String page = mvc.perform(ArticleEditorPost.bilingual(section, department)
                        .param("en.title", " ")
                        .param("zh.body", "<p> </p>")
                        .param("en.source", "s".repeat(101))
                        .param("zh.title", "保留的标题")
                        .post("/admin/articles").with(as(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.select(".field-error").eachText()).contains("A title is required.", "A body is required.");
        assertThat(form.selectFirst("[id=en.source]").parent().selectFirst(".field-error")).isNotNull();
        assertThat(form.selectFirst("input[name='zh.title']").val()).isEqualTo("保留的标题");
        assertThat(form.selectFirst("textarea[name='en.body']").text()).contains("bold");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void overLongTitlesHugeBodiesBadDatesAndForgedValuesAreFormErrorsNotFailures() throws Exception {
        long before = articles.count();

        String overLong = mvc.perform(ArticleEditorPost.bilingual(section, department).param("en.title", "t".repeat(201))
                        .post("/admin/articles").with(as(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Element titleField = Jsoup.parse(overLong).selectFirst("input[name='en.title']").parent();
        assertThat(titleField.hasClass("has-error")).isTrue();
        assertThat(titleField.select(".field-error").eachText()).containsExactly("Use at most 200 characters.");
        assertThat(Jsoup.parse(overLong).select(".has-error input, .has-error textarea, .has-error select").eachAttr("name"))
                .containsExactly("en.title");

        for (ArticleEditorPost bad : List.of(
                ArticleEditorPost.bilingual(section, department).param("en.body", "<p>" + "x".repeat(200_001) + "</p>"),
                ArticleEditorPost.bilingual(section, department).param("releaseTime", "2026-02-31T25:99"),
                ArticleEditorPost.bilingual(section, department).param("original", "FR"),
                ArticleEditorPost.bilingual(section, department).param("zh.present", "false").param("en.present", "false"),
                ArticleEditorPost.bilingual(section, department).without("sectionId"))) {
            String page = mvc.perform(bad.post("/admin/articles").with(as(author)).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select(".field-error, .alert--error")).isNotEmpty();
        }
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("sectionId", "999999999")
                .post("/admin/articles").with(as(author)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", "abc")
                .post("/admin/articles").with(as(author)).with(csrf())).andExpect(status().isOk());
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void hostileHtmlIsCleanedBeforeItIsStored() throws Exception {
        String[] payloads = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "<svg onload=alert(1)></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div onclick=\"alert(1)\">click</div>",
                "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
                "<object data=\"x\"></object><embed src=\"x\">",
                "<style>body{display:none}</style>",
                "<form action=\"https://evil.example\"><input name=x></form>",
                "<a href=\"&#106;avascript:alert(1)\">encoded</a>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"};
        StringBuilder body = new StringBuilder("<p>Safe <strong>text</strong> <a href=\"https://example.edu\">link</a></p>");
        for (String payload : payloads) {
            body.append(payload);
        }

        MvcResult result = mvc.perform(ArticleEditorPost.bilingual(section, department).param("en.body", body.toString())
                .post("/admin/articles").with(as(author)).with(csrf())).andReturn();

        long id = idFrom(result.getResponse().getRedirectedUrl());
        String stored = transaction.execute(status -> articles.findWithDetails(id).orElseThrow()
                .translation(Language.EN).orElseThrow().getBody());
        assertThat(stored.toLowerCase()).doesNotContain("<script", "onerror", "onload", "onclick", "javascript:",
                "style=", "<iframe", "<svg", "data:", "<object", "<embed", "<style", "<form", "<base", "<meta");
        assertThat(stored).contains("<strong>text</strong>", "href=\"https://example.edu\"");
    }

    @Test
    void staleSaveIsRefusedShowsWhatChangedAndKeepsTheSecondPersonsText() throws Exception {
        Article article = content.article(section, department).en("Original title").zh("原标题").draft().save();
        long startVersion = articles.findById(article.getId()).orElseThrow().getVersion();
        mvc.perform(ArticleEditorPost.bilingual(section, department)
                        .param("version", Long.toString(startVersion)).param("en.title", "Saved first by the editor")
                        .post("/admin/articles/" + article.getId()).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(ArticleEditorPost.bilingual(section, department)
                        .param("version", Long.toString(startVersion)).param("en.title", "The author's own title")
                        .post("/admin/articles/" + article.getId()).with(as(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.selectFirst("#conflict").text()).contains("Someone else changed this article", editor.getUsername());
        assertThat(form.selectFirst("#conflict table").text()).contains("Original title", "Saved first by the editor");
        assertThat(form.selectFirst("input[name='en.title']").val()).isEqualTo("The author's own title");
        assertThat(title(article.getId(), Language.EN)).isEqualTo("Saved first by the editor");

        String newVersion = form.selectFirst("input[name=version]").val();
        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", newVersion)
                        .param("en.title", "Merged title").post("/admin/articles/" + article.getId()).with(as(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(title(article.getId(), Language.EN)).isEqualTo("Merged title");
    }

    @Test
    void twoSimultaneousSavesFromTheSameVersionStoreExactlyOneAndShowTheOtherTheConflict() throws Exception {
        Article article = content.article(section, department).en("Before both").zh("两人之前").draft().save();
        long id = article.getId();
        String version = Long.toString(articles.findById(id).orElseThrow().getVersion());
        long revisionsBefore = revisions.findByArticleIdOrderByIdDesc(id).size();
        List<UserAccount> people = List.of(author, editor);
        List<WebSession> browsers = new ArrayList<>();
        List<Map<String, String>> posts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            WebSession browser = new WebSession(port);
            browser.signIn(people.get(i).getUsername(), TestContent.PASSWORD);
            String token = browser.page("/admin/articles/" + id + "/edit").selectFirst("input[name=_csrf]").val();
            Map<String, String> fields = ArticleEditorPost.bilingual(section, department).param("version", version)
                    .param("en.title", "English title by " + i).param("zh.title", "中文标题 " + i).singleValues();
            fields.put("_csrf", token);
            browsers.add(browser);
            posts.add(fields);
        }
        CyclicBarrier start = new CyclicBarrier(people.size());
        ExecutorService threads = Executors.newFixedThreadPool(people.size());
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < people.size(); i++) {
                int person = i;
                answers.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return browsers.get(person).post("/admin/articles/" + id, posts.get(person));
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 200);

            int winner = statuses.indexOf(302);
            Document loser = Jsoup.parse(answers.get(1 - winner).get().body());
            assertThat(loser.selectFirst("#conflict").text()).contains(people.get(winner).getUsername());
            assertThat(loser.selectFirst("input[name='en.title']").val()).isEqualTo("English title by " + (1 - winner));
            assertThat(title(id, Language.EN)).isEqualTo("English title by " + winner);
            assertThat(title(id, Language.ZH)).isEqualTo("中文标题 " + winner);
            assertThat(revisions.findByArticleIdOrderByIdDesc(id)).hasSize((int) revisionsBefore + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void missingCsrfTokenChangesNothing() throws Exception {
        Article article = content.article(section, department).en("Untouched").draft().save();

        mvc.perform(ArticleEditorPost.bilingual(section, department).param("en.title", "Forged")
                        .post("/admin/articles/" + article.getId()).with(as(author)))
                .andExpect(status().isForbidden());

        assertThat(title(article.getId(), Language.EN)).isEqualTo("Untouched");
    }

    @Test
    void theEditorsScriptsKnowTheUploadLimitsInBytesAndInWords() throws Exception {
        Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/new").with(as(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Element media = page.getElementById("media-editor");
        assertThat(media.attr("data-max-image")).isEqualTo(Long.toString(20L * 1024 * 1024));
        assertThat(media.attr("data-max-file")).isEqualTo(Long.toString(100L * 1024 * 1024));
        assertThat(media.attr("data-msg-image-too-large")).contains("20 MB");
        assertThat(media.attr("data-msg-file-too-large")).contains("100 MB");
    }

    @Test
    void editorPageOffersTheBundledRichTextEditor() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/admin/articles/new").with(as(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.select("textarea.rich-text")).hasSize(2);
        assertThat(form.select("script").eachAttr("src"))
                .anySatisfy(src -> assertThat(src).matches("/js/admin-[0-9a-f]{32}\\.js"))
                .anySatisfy(src -> assertThat(src).matches("/webjars/tinymce/[0-9.]+/tinymce.min.js"));
        assertThat(form.select("script:not([src])")).isEmpty();
        assertThat(form.select("#departmentId option").eachAttr("value")).containsExactly("", department.getId().toString());
        mvc.perform(MockMvcRequestBuilders.get("/webjars/tinymce/tinymce.min.js")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/webjars/tinymce/plugins/table/plugin.min.js")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("table")));
    }

    @Test
    void requestsTooLargeForTheServerAreRefusedWithoutAFailure() {
        WebSession browser = new WebSession(port);
        browser.signIn(author.getUsername(), TestContent.PASSWORD);
        long before = articles.count();

        java.net.http.HttpResponse<String> response = browser.submit("/admin/articles/new", "/admin/articles", java.util.Map.of(
                "sectionId", section.getId().toString(), "departmentId", department.getId().toString(),
                "original", "EN", "en.present", "true", "en.title", "Huge", "en.body", "<p>" + "x".repeat(12_000_000) + "</p>"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").eachText()).as(response.body()).containsExactly("Too large");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void staffPagesSpeakChineseOnRequestAndRememberIt() {
        WebSession browser = new WebSession(port);
        browser.signIn(author.getUsername(), TestContent.PASSWORD);

        Document chinese = browser.page("/admin/articles?lang=zh");
        assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(chinese.selectFirst("h1").text()).isEqualTo("文章");
        assertThat(browser.page("/admin/articles/new").select("label").eachText()).contains("栏目", "发布时间", "来源部门");
        assertThat(browser.page("/admin/articles?lang=en").selectFirst("h1").text()).isEqualTo("Articles");
    }

    private String title(long id, Language language) {
        return transaction.execute(status -> articles.findWithDetails(id).orElseThrow().translation(language).orElseThrow().getTitle());
    }

    static long idFrom(String redirect) {
        return Long.parseLong(redirect.replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1"));
    }
}
