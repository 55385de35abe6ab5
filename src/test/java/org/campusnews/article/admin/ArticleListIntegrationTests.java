package org.campusnews.article.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.department.Department;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class ArticleListIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;

    private Section section;
    private Department mine;
    private Department theirs;
    private UserAccount author;
    private UserAccount editor;

    @BeforeEach
    void staff() {
        section = content.section();
        mine = content.department();
        theirs = content.department();
        author = content.staff(Role.AUTHOR, mine);
        editor = content.staff(Role.EDITOR);
    }

    @Test
    void authorsSeeOnlyTheirDepartmentsArticles() throws Exception {
        Article own = content.article(section, mine).en("Our news").draft().save();
        Article other = content.article(section, theirs).en("Their news").draft().save();

        List<String> seenByAuthor = ids(list(author, "section=" + section.getId()));
        List<String> seenByEditor = ids(list(editor, "section=" + section.getId()));

        assertThat(seenByAuthor).containsExactly(own.getId().toString());
        assertThat(seenByEditor).containsExactlyInAnyOrder(own.getId().toString(), other.getId().toString());
        assertThat(ids(list(author, "section=" + section.getId() + "&department=" + theirs.getId()))).isEmpty();
    }

    @Test
    void filtersByStatusLanguageAndTitleAndShowsWhoChangedEachLast() throws Exception {
        Article draft = content.article(section, mine).en("Library opening hours").zh("图书馆开放时间").draft().save();
        Article published = content.article(section, mine).zh("只有中文的新闻").save();
        String inSection = "section=" + section.getId();

        assertThat(ids(list(editor, inSection + "&status=DRAFT"))).containsExactly(draft.getId().toString());
        assertThat(ids(list(editor, inSection + "&status=PUBLISHED"))).containsExactly(published.getId().toString());
        assertThat(ids(list(editor, inSection + "&language=en"))).containsExactly(draft.getId().toString());
        assertThat(ids(list(editor, inSection + "&q=LIBRARY"))).containsExactly(draft.getId().toString());
        WebSession browser = new WebSession(port);
        browser.signIn(editor.getUsername(), TestContent.PASSWORD);
        assertThat(ids(browser.page("/admin/articles?" + inSection + "&q="
                + URLEncoder.encode("中文", StandardCharsets.UTF_8)))).containsExactly(published.getId().toString());
        assertThat(ids(list(editor, inSection + "&q=100%25"))).isEmpty();
        Document page = list(editor, inSection);
        assertThat(page.selectFirst("#article-list").text()).contains("Library opening hours", "图书馆开放时间");
    }

    @Test
    void eachLineShowsItsSectionDepartmentAndStatusInTheAdminLanguage() throws Exception {
        Article draft = content.article(section, mine).en("Line in two languages").zh("两种语言的一行").draft().save();

        Document english = list(editor, "section=" + section.getId());
        Document chinese = list(editor, "section=" + section.getId() + "&lang=zh");

        assertThat(line(english, draft).select("td.optional").eachText())
                .containsExactly(section.getName().en(), mine.getName().en());
        assertThat(line(chinese, draft).select("td.optional").eachText())
                .containsExactly(section.getName().zh(), mine.getName().zh());
        assertThat(line(english, draft).select(".admin-title").eachAttr("lang")).containsExactlyInAnyOrder("en", "zh-CN");
        assertThat(line(english, draft).selectFirst(".status").hasClass("status--DRAFT")).isTrue();
        assertThat(line(chinese, draft).selectFirst(".status").text()).isEqualTo("草稿");
    }

    private static Element line(Document list, Article article) {
        return list.selectFirst("#article-list tr[data-article-id=" + article.getId() + "]");
    }

    @Test
    void sortsAndPaginatesTwentyAPage() throws Exception {
        for (int i = 0; i < 25; i++) {
            content.article(section, mine).en("Item " + i).releasedHoursAgo(100 - i).save();
        }
        String byRelease = "section=" + section.getId() + "&sort=RELEASE";

        Document newestFirst = list(editor, byRelease);
        assertThat(newestFirst.select("#article-list .admin-title").eachText()).hasSize(20).first().isEqualTo("Item 24");
        assertThat(newestFirst.selectFirst(".pagination a[rel=next]").attr("href")).contains("sort=RELEASE", "page=2");
        assertThat(list(editor, byRelease + "&page=2").select("#article-list .admin-title").eachText()).hasSize(5).last().isEqualTo("Item 0");
        assertThat(list(editor, byRelease + "&asc=true").select("#article-list .admin-title").eachText()).first().isEqualTo("Item 0");
    }

    @Test
    void editorStepsThroughTheListInItsOrderAndFilter() throws Exception {
        Article oldest = content.article(section, mine).en("Oldest").releasedHoursAgo(30).save();
        Article middle = content.article(section, mine).en("Middle").releasedHoursAgo(20).save();
        Article newest = content.article(section, mine).en("Newest").releasedHoursAgo(10).save();
        String query = "section=" + section.getId() + "&sort=RELEASE";

        Document editorPage = Jsoup.parse(mvc.perform(MockMvcRequestBuilders
                        .get("/admin/articles/" + middle.getId() + "/edit?" + query).with(as(editor)))
                .andReturn().getResponse().getContentAsString());

        assertThat(editorPage.selectFirst("#step-previous").attr("href"))
                .startsWith("/admin/articles/" + newest.getId() + "/edit?").contains("sort=RELEASE");
        assertThat(editorPage.selectFirst("#step-next").attr("href")).startsWith("/admin/articles/" + oldest.getId() + "/edit?");
        assertThat(editorPage.selectFirst(".stepper").text()).contains("2 of 3");

        Document ascending = Jsoup.parse(mvc.perform(MockMvcRequestBuilders
                        .get("/admin/articles/" + middle.getId() + "/edit?" + query + "&asc=true").with(as(editor)))
                .andReturn().getResponse().getContentAsString());
        assertThat(ascending.selectFirst("#step-previous").attr("href")).startsWith("/admin/articles/" + oldest.getId() + "/edit?");
    }

    @Test
    void savingKeepsTheListOrderForPreviousAndNext() throws Exception {
        Article article = content.article(section, mine).en("Kept in order").draft().save();
        String query = "section=" + section.getId() + "&sort=RELEASE";
        Document editorPage = Jsoup.parse(mvc.perform(MockMvcRequestBuilders
                .get("/admin/articles/" + article.getId() + "/edit?" + query).with(as(editor))).andReturn().getResponse().getContentAsString());
        assertThat(editorPage.selectFirst("input[name=listQuery]").val()).isEqualTo(query);

        String redirect = mvc.perform(ArticleEditorPost.bilingual(section, mine)
                        .param("version", Long.toString(article.getVersion())).param("listQuery", query)
                        .post("/admin/articles/" + article.getId()).with(as(editor))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).isEqualTo("/admin/articles/" + article.getId() + "/edit?" + query);

        String forged = mvc.perform(ArticleEditorPost.bilingual(section, mine)
                        .param("version", Long.toString(article.getVersion() + 1)).param("listQuery", "x&y=\"<b>\"")
                        .post("/admin/articles/" + article.getId()).with(as(editor))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(forged).isEqualTo("/admin/articles/" + article.getId() + "/edit");

        // Line breaks, like every control character in a parameter, make the request a bad one: nothing is saved.
        mvc.perform(ArticleEditorPost.bilingual(section, mine)
                        .param("version", Long.toString(article.getVersion() + 2)).param("listQuery", "x\r\nSet-Cookie: a=b")
                        .post("/admin/articles/" + article.getId()).with(as(editor))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest());
        assertThat(articles.findById(article.getId()).orElseThrow().getVersion()).isEqualTo(article.getVersion() + 2);
    }

    @Test
    void forgedFilterValuesAreBadRequests() throws Exception {
        for (String forged : List.of("status=HACKED", "sort=password", "page=0", "section=abc", "language=fr")) {
            mvc.perform(MockMvcRequestBuilders.get("/admin/articles?" + forged).with(as(editor)))
                    .andExpect(status().isBadRequest());
        }
    }

    private Document list(UserAccount who, String query) throws Exception {
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create("/admin/articles?" + query)).with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> ids(Document list) {
        return list.select("#article-list tr[data-article-id]").eachAttr("data-article-id");
    }
}
