package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The editor's findings asked for again while its link checks are pending ({@code /admin/articles/{id}/checks}). */
class ArticleChecksIntegrationTests extends CheckTestSupport {

    @Autowired
    ApplicationContext context;

    private LinkTestServer server;

    @BeforeEach
    void startServer() {
        server = LinkTestServer.start(context);
        server.allow();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void answersThePendingLinksAndThenTheirFindings() throws Exception {
        Department department = content.department();
        UserAccount author = content.staff(Role.AUTHOR, department);
        String missing = server.base() + "/held/" + tag();
        String body = "<p><a href=\"" + missing + "\">the report</a></p>";
        long id = create(author, ArticleEditorPost.bilingual(content.section(), department).enBody(body), "SAVE");

        Document pending = checks(author, id);
        assertThat(pending.getElementById("checks-update").attr("data-pending")).isEqualTo("1");
        assertThat(pending.getElementById("checks-pending").text()).contains("1");
        assertThat(kinds(pending, "en-body")).isEmpty();
        assertThat(pending.getElementById("checks-en-title")).as("every place the editor shows findings").isNotNull();
        assertThat(pending.getElementById("checks-zh-summary")).isNotNull();

        server.release();
        Document finished = waitUntilNonePending(author, id);
        assertThat(finished.getElementById("checks-update").attr("data-pending")).isEqualTo("0");
        assertThat(finished.getElementById("checks-pending")).isNull();
        assertThat(kinds(finished, "en-body")).containsExactly("LINK_NOT_FOUND");
        assertThat(marks(finished, "en-body")).containsExactly(missing);
        assertThat(finished.select("#checks .check-index li").text()).contains("English");
        assertThat(finished.select("html > head link, script")).as("a fragment, not a page").isEmpty();

        Document editor = editor(author, id);
        assertThat(editor.getElementById("checks-en-body").outerHtml()).isEqualTo(finished.getElementById("checks-en-body").outerHtml());
        assertThat(editor.getElementById("checks").outerHtml()).isEqualTo(finished.getElementById("checks").outerHtml());
    }

    @Test
    void aReviewerGetsTheFieldsToAcceptAWarningAsInTheEditor() throws Exception {
        Department department = content.department();
        UserAccount author = content.staff(Role.AUTHOR, department);
        UserAccount editor = content.staff(Role.EDITOR);
        String body = "<p><a href=\"" + server.base() + "/missing\">gone</a></p>";
        long id = create(author, ArticleEditorPost.bilingual(content.section(), department).enBody(body), "SUBMIT");

        Document reviewed = waitUntilNonePending(editor, id);

        assertThat(kinds(reviewed, "en-body")).containsExactly("LINK_NOT_FOUND");
        Element accept = reviewed.getElementById("checks-en-body").selectFirst(".check-accept");
        assertThat(accept).isNotNull();
        assertThat(accept.selectFirst("input[name=overrideKey]").val()).startsWith("LINK_NOT_FOUND|en|body|");
        assertThat(editor(editor, id).getElementById("checks-en-body").outerHtml())
                .isEqualTo(reviewed.getElementById("checks-en-body").outerHtml());
        assertThat(waitUntilNonePending(author, id).select(".check-accept")).as("not for the author").isEmpty();
    }

    @Test
    void onlyThoseWhoMayOpenTheEditorGetTheFindings() throws Exception {
        Department department = content.department();
        UserAccount author = content.staff(Role.AUTHOR, department);
        UserAccount colleague = content.staff(Role.AUTHOR, department);
        UserAccount otherDepartment = content.staff(Role.AUTHOR, content.department());
        long id = create(author, ArticleEditorPost.bilingual(content.section(), department), "SAVE");

        assertThat(checks(colleague, id).getElementById("checks-update")).isNotNull();
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(otherDepartment)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/checks").with(as(otherDepartment)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/999999999/checks").with(as(author)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/x/checks").with(as(author)))
                .andExpect(status().isBadRequest());
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/checks"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theEditorAsksOnlyWhileItShowsTheStoredArticle() throws Exception {
        Department department = content.department();
        UserAccount author = content.staff(Role.AUTHOR, department);
        long id = create(author, ArticleEditorPost.bilingual(content.section(), department), "SAVE");

        Element script = editor(author, id).selectFirst("script[src*=/js/checks]");

        assertThat(script).isNotNull();
        assertThat(script.attr("src")).matches("/js/checks-[0-9a-f]{32}\\.js");
        assertThat(script.attr("data-checks-url")).isEqualTo("/admin/articles/" + id + "/checks");
        assertThat(Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/new").with(as(author)))
                .andReturn().getResponse().getContentAsString()).select("script[src*=/js/checks]")).isEmpty();

        String blocked = tag();
        addWord(content.staff(Role.EDITOR), blocked, "BLOCK");
        Document refused = Jsoup.parse(update(author, id, ArticleEditorPost.bilingual(content.section(), department)
                .param("en.title", "About " + blocked), "SUBMIT").getResponse().getContentAsString());
        assertThat(refused.select("#checks-en-title li[data-kind=SENSITIVE_WORD]")).as("the text refused").hasSize(1);
        assertThat(refused.select("script[src*=/js/checks]")).as("not the stored article's findings").isEmpty();
    }

    private Document checks(UserAccount user, long id) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/checks").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Document waitUntilNonePending(UserAccount user, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Document answer = checks(user, id);
        while (!"0".equals(answer.getElementById("checks-update").attr("data-pending")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = checks(user, id);
        }
        return answer;
    }
}
