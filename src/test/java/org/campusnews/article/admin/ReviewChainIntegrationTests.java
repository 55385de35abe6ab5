package org.campusnews.article.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The review chain through the staff pages: an author's article passes its department's editor, then the news office,
 * and where its section asks for it a leader, who publishes it; each level may return it with a comment; nobody
 * decides at a level that is not theirs, whatever they post.
 */
class ReviewChainIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private Section section;
    private Section leaderSection;
    private Department department;
    private UserAccount author;
    private UserAccount departmentEditor;
    private UserAccount otherDepartmentEditor;
    private UserAccount editor;
    private UserAccount leader;

    @BeforeEach
    void staff() {
        section = content.section();
        leaderSection = content.section();
        jdbc.sql("update section set leader_review = true where id = ?").param(leaderSection.getId()).update();
        department = content.department();
        author = content.staff(Role.AUTHOR, department);
        departmentEditor = content.staff(Role.DEPARTMENT_EDITOR, department);
        otherDepartmentEditor = content.staff(Role.DEPARTMENT_EDITOR, content.department());
        editor = content.staff(Role.EDITOR);
        leader = content.staff(Role.LEADER);
    }

    @Test
    void anAuthorsArticlePassesItsDepartmentThenTheNewsOfficeWhichPublishesIt() throws Exception {
        long id = create(author, section, "SUBMIT");
        assertThat(levelOf(id)).isEqualTo("IN_REVIEW:DEPARTMENT");
        assertThat(actions(departmentEditor, id)).containsExactly("SAVE", "APPROVE", "RETURN");
        assertThat(actions(author, id)).as("the author no longer changes it").isEmpty();
        assertThat(editorPage(author, id).selectFirst("#review-level").text()).contains("Department review");

        step(departmentEditor, section, id, "APPROVE");

        assertThat(levelOf(id)).isEqualTo("IN_REVIEW:NEWS_OFFICE");
        assertThat(actions(departmentEditor, id)).as("its level is passed").isEmpty();
        assertThat(actions(editor, id)).containsExactly("SAVE", "PUBLISH", "RETURN", "ARCHIVE");
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(404);

        step(editor, section, id, "PUBLISH");

        assertThat(levelOf(id)).isEqualTo("PUBLISHED:-");
        assertThat(get("/en/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(decisions(id)).containsExactly("DEPARTMENT:APPROVED:" + departmentEditor.getUsername() + ":-",
                "NEWS_OFFICE:PUBLISHED:" + editor.getUsername() + ":-");
        assertThat(audit(id, "ARTICLE_APPROVED")).isEqualTo(1);
        Document history = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/history")
                .with(as(author))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history.select("#review-decisions tbody tr").eachText())
                .satisfiesExactly(row -> assertThat(row).contains("Department review", "Approved", departmentEditor.getUsername()),
                        row -> assertThat(row).contains("News office review", "Published", editor.getUsername()));
        assertThat(editorPage(editor, id).select("#review-chain li.review-levels__current")).isEmpty();
    }

    @Test
    void aSectionAskingForALeaderIsPublishedOrScheduledByTheLeaderAfterTheNewsOffice() throws Exception {
        long id = create(author, leaderSection, "SUBMIT");
        step(departmentEditor, leaderSection, id, "APPROVE");
        assertThat(actions(editor, id)).containsExactly("SAVE", "APPROVE", "RETURN", "ARCHIVE");

        String version = version(id);
        mvc.perform(ArticleEditorPost.bilingual(leaderSection, department).param("version", version).param("action", "PUBLISH")
                        .post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("flashError", "workflow.signOffRequired"));
        assertThat(levelOf(id)).isEqualTo("IN_REVIEW:NEWS_OFFICE");
        assertThat(version(id)).as("nothing stored").isEqualTo(version);

        step(editor, leaderSection, id, "APPROVE");
        assertThat(levelOf(id)).isEqualTo("IN_REVIEW:LEADER");
        assertThat(actions(leader, id)).containsExactly("SAVE", "PUBLISH", "RETURN");
        assertThat(editorPage(leader, id).select("#review-chain li").eachText())
                .containsExactly("Department review", "News office review", "Leader's sign-off", "Published");
        assertThat(editorPage(leader, id).select("#review-chain li.review-levels__current").eachAttr("data-level"))
                .containsExactly("LEADER");

        String tomorrow = LocalDateTime.now(clock).plusDays(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        mvc.perform(ArticleEditorPost.bilingual(leaderSection, department).param("version", version(id))
                        .param("releaseTime", tomorrow).param("action", "PUBLISH")
                        .post("/admin/articles/" + id).with(as(leader)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(levelOf(id)).isEqualTo("PUBLISHED:-");
        assertThat(get("/en/articles/" + id).statusCode()).as("scheduled for tomorrow").isEqualTo(404);
        assertThat(decisions(id)).containsExactly("DEPARTMENT:APPROVED:" + departmentEditor.getUsername() + ":-",
                "NEWS_OFFICE:APPROVED:" + editor.getUsername() + ":-", "LEADER:PUBLISHED:" + leader.getUsername() + ":-");
    }

    @Test
    void eachLevelReturnsTheArticleToItsAuthorWithAComment() throws Exception {
        long id = create(author, leaderSection, "SUBMIT");
        returnWith(departmentEditor, id, "Department: name the speaker.");
        assertThat(levelOf(id)).isEqualTo("DRAFT:-");
        assertThat(editorPage(author, id).selectFirst("#review-comment").text()).contains("Department: name the speaker.");

        step(author, leaderSection, id, "SUBMIT");
        assertThat(levelOf(id)).as("a resubmitted article starts again at its department").isEqualTo("IN_REVIEW:DEPARTMENT");
        step(departmentEditor, leaderSection, id, "APPROVE");
        returnWith(editor, id, "News office: shorten the title.");
        assertThat(levelOf(id)).isEqualTo("DRAFT:-");

        step(author, leaderSection, id, "SUBMIT");
        step(departmentEditor, leaderSection, id, "APPROVE");
        step(editor, leaderSection, id, "APPROVE");
        returnWith(leader, id, "Leader: not before the meeting.");

        assertThat(levelOf(id)).isEqualTo("DRAFT:-");
        assertThat(editorPage(author, id).selectFirst("#review-comment").text()).contains("Leader: not before the meeting.");
        assertThat(decisions(id)).containsExactly(
                "DEPARTMENT:RETURNED:" + departmentEditor.getUsername() + ":Department: name the speaker.",
                "DEPARTMENT:APPROVED:" + departmentEditor.getUsername() + ":-",
                "NEWS_OFFICE:RETURNED:" + editor.getUsername() + ":News office: shorten the title.",
                "DEPARTMENT:APPROVED:" + departmentEditor.getUsername() + ":-",
                "NEWS_OFFICE:APPROVED:" + editor.getUsername() + ":-",
                "LEADER:RETURNED:" + leader.getUsername() + ":Leader: not before the meeting.");
    }

    @Test
    void returningWithoutACommentIsRefusedWithAMessage() throws Exception {
        long id = create(author, section, "SUBMIT");

        mvc.perform(ArticleEditorPost.bilingual(section, department).param("version", version(id)).param("action", "RETURN")
                        .param("reviewComment", "  ").post("/admin/articles/" + id).with(as(departmentEditor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("flashError", "workflow.commentRequired"));

        assertThat(levelOf(id)).isEqualTo("IN_REVIEW:DEPARTMENT");
    }

    @Test
    void forgedStepsAtALevelThatIsNotTheirsAreRefusedAndChangeNothing() throws Exception {
        long id = create(author, leaderSection, "SUBMIT");

        assertRefused(otherDepartmentEditor, id, "APPROVE", status().isForbidden());
        assertRefused(author, id, "APPROVE", status().isForbidden());
        assertRefused(leader, id, "APPROVE", status().isForbidden());
        assertRefused(leader, id, "PUBLISH", status().isForbidden());
        assertRefused(departmentEditor, id, "PUBLISH", status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(otherDepartmentEditor)))
                .andExpect(status().isForbidden());

        step(departmentEditor, leaderSection, id, "APPROVE");

        assertRefused(departmentEditor, id, "APPROVE", status().isForbidden());
        assertRefused(departmentEditor, id, "RETURN", status().isForbidden());
        assertRefused(leader, id, "RETURN", status().isForbidden());
        assertRefused(author, id, "RETURN", status().isForbidden());

        step(editor, leaderSection, id, "APPROVE");

        assertRefused(editor, id, "APPROVE", status().isForbidden());
        assertRefused(departmentEditor, id, "PUBLISH", status().isForbidden());
        assertRefused(leader, id, "APPROVE_ALL", status().isBadRequest());
        assertThat(levelOf(id)).isEqualTo("IN_REVIEW:LEADER");
        assertThat(decisions(id)).hasSize(2);
    }

    @Test
    void eachReviewerSeesWhatWaitsAtTheirLevelOnTheDashboard() throws Exception {
        long atDepartment = create(author, leaderSection, "SUBMIT", "Waiting for its department");
        long atLeader = create(author, leaderSection, "SUBMIT", "Waiting for a leader");
        step(departmentEditor, leaderSection, atLeader, "APPROVE", "Waiting for a leader");
        step(editor, leaderSection, atLeader, "APPROVE", "Waiting for a leader");

        assertThat(waiting(departmentEditor)).contains("Waiting for its department").doesNotContain("Waiting for a leader");
        assertThat(waiting(leader)).contains("Waiting for a leader").doesNotContain("Waiting for its department");
        assertThat(waiting(otherDepartmentEditor)).doesNotContain("Waiting for its department", "Waiting for a leader");
        assertThat(dashboard(author).select("#waiting-review")).as("authors review nothing").isEmpty();
        assertThat(levelOf(atDepartment)).isEqualTo("IN_REVIEW:DEPARTMENT");

        assertThat(listed(editor, "?level=LEADER&section=" + leaderSection.getId())).containsExactly("Waiting for a leader");
        assertThat(listed(editor, "?level=DEPARTMENT&section=" + leaderSection.getId()))
                .containsExactly("Waiting for its department");
        assertThat(listed(departmentEditor, "?level=DEPARTMENT")).contains("Waiting for its department")
                .doesNotContain("Waiting for a leader");
        mvc.perform(MockMvcRequestBuilders.get("/admin/articles?level=EVERYONE").with(as(editor)))
                .andExpect(status().isBadRequest());
    }

    private List<String> listed(UserAccount who, String query) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles" + query).with(as(who)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("table.data tbody tr .admin-title[lang=en]").eachText();
    }

    @Test
    void editorsChooseTheLevelsOfEachSectionAndOthersCannot() throws Exception {
        Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/sections/reviews").with(as(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#department-" + section.getId()).hasAttr("checked")).isTrue();
        assertThat(page.select("#leader-" + section.getId()).hasAttr("checked")).isFalse();
        assertThat(page.select("#leader-" + leaderSection.getId()).hasAttr("checked")).isTrue();

        List<Long> department = jdbc.sql("select id from section where department_review and id <> ?")
                .param(section.getId()).query(Long.class).list();
        List<Long> leaders = jdbc.sql("select id from section where leader_review").query(Long.class).list();
        var post = MockMvcRequestBuilders.post("/admin/sections/reviews").with(as(editor)).with(csrf());
        department.forEach(id -> post.param("department", id.toString()));
        leaders.forEach(id -> post.param("leader", id.toString()));
        post.param("leader", section.getId().toString());
        mvc.perform(post).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select department_review || ':' || leader_review from section where id = ?")
                .param(section.getId()).query(String.class).single()).isEqualTo("false:true");
        assertThat(jdbc.sql("select count(*) from section where department_review").query(Long.class).single())
                .isEqualTo(department.size());
        long id = create(author, section, "SUBMIT");
        assertThat(levelOf(id)).as("no department review any more").isEqualTo("IN_REVIEW:NEWS_OFFICE");

        mvc.perform(MockMvcRequestBuilders.get("/admin/sections/reviews").with(as(departmentEditor)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/admin/sections/reviews").param("leader", section.getId().toString())
                .with(as(leader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/admin/sections/reviews").param("leader", "999999999")
                .with(as(editor)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from section where department_review").query(Long.class).single())
                .as("a refused change changes nothing").isEqualTo(department.size());
    }

    private void assertRefused(UserAccount who, long id, String action, ResultMatcher expected) throws Exception {
        String before = levelOf(id) + version(id);
        mvc.perform(ArticleEditorPost.bilingual(leaderSection, department).param("version", version(id))
                        .param("en.title", "Changed by a forged step").param("action", action)
                        .param("reviewComment", "Forged").post("/admin/articles/" + id).with(as(who)).with(csrf()))
                .andExpect(expected);
        assertThat(levelOf(id) + version(id)).as(who.getUsername() + " " + action).isEqualTo(before);
    }

    private long create(UserAccount who, Section in, String action) throws Exception {
        return create(who, in, action, "University Holds Opening Ceremony");
    }

    private long create(UserAccount who, Section in, String action, String title) throws Exception {
        return ArticleEditorIntegrationTests.idFrom(mvc.perform(ArticleEditorPost.bilingual(in, department)
                .param("en.title", title).param("action", action)
                .post("/admin/articles").with(as(who)).with(csrf())).andReturn().getResponse().getRedirectedUrl());
    }

    private void step(UserAccount who, Section in, long id, String action) throws Exception {
        step(who, in, id, action, "University Holds Opening Ceremony");
    }

    private void step(UserAccount who, Section in, long id, String action, String title) throws Exception {
        mvc.perform(ArticleEditorPost.bilingual(in, department).param("version", version(id)).param("en.title", title)
                        .param("action", action).post("/admin/articles/" + id).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void returnWith(UserAccount who, long id, String comment) throws Exception {
        mvc.perform(ArticleEditorPost.bilingual(leaderSection, department).param("version", version(id))
                        .param("action", "RETURN").param("reviewComment", comment)
                        .post("/admin/articles/" + id).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private Document editorPage(UserAccount who, long id) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/edit").with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> actions(UserAccount who, long id) throws Exception {
        return editorPage(who, id).select("button[name=action]").eachAttr("value");
    }

    private Document dashboard(UserAccount who) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin").with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String waiting(UserAccount who) throws Exception {
        return dashboard(who).select("#waiting-review").text();
    }

    private String levelOf(long id) {
        return jdbc.sql("select status || ':' || coalesce(review_level, '-') from article where id = ?").param(id)
                .query(String.class).single();
    }

    private String version(long id) {
        return jdbc.sql("select version from article where id = ?").param(id).query(String.class).single();
    }

    private List<String> decisions(long id) {
        return jdbc.sql("""
                        select level || ':' || decision || ':' || decided_by || ':' || coalesce(comment, '-')
                        from article_review where article_id = ? order by decided_at, id""")
                .param(id).query(String.class).list();
    }

    private long audit(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where target_id = ? and action = ?").param(id).param(action)
                .query(Long.class).single();
    }
}
