package org.campusnews.article.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The staff list's search box: the site search's reading of a query, over title, summary and text of articles in
 * every status the person may see.
 */
class StaffSearchIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;

    private Section section;
    private Department mine;
    private Department theirs;
    private UserAccount author;
    private UserAccount editor;
    private UserAccount admin;

    @BeforeEach
    void staff() {
        section = content.section();
        mine = content.department();
        theirs = content.department();
        author = content.staff(Role.AUTHOR, mine);
        editor = content.staff(Role.EDITOR);
        admin = content.staff(Role.ADMIN);
    }

    @Test
    void findsDraftsAndPublishedArticlesByTheirSummaryAndText() throws Exception {
        Article byBody = content.article(section, mine).en("Evening at the observatory")
                .body(Language.EN, "<p>Students looked through the new <b>telescopes</b> of the roof.</p>").draft().save();
        Article bySummary = content.article(section, mine).en("Physics open day").summary(Language.EN, "A telescope for everyone")
                .save();
        Article chinese = content.article(section, mine).zh("天文台之夜").body(Language.ZH, "<p>同学们在屋顶用新的望远镜观星。</p>")
                .draft().save();
        content.article(section, mine).en("Unrelated notice").draft().save();

        assertThat(ids(list(editor, "q=telescope"))).containsExactlyInAnyOrder(id(byBody), id(bySummary));
        assertThat(ids(list(editor, "q=" + encode("望远")))).containsExactly(id(chinese));
        assertThat(ids(list(editor, "q=" + encode("望遠")))).as("traditional characters").containsExactly(id(chinese));
        assertThat(ids(list(editor, "q=telescope&status=DRAFT"))).containsExactly(id(byBody));
        assertThat(ids(list(editor, "q=" + encode("telescope -roof")))).containsExactly(id(bySummary));
        assertThat(ids(list(editor, "q=" + encode("\"telescope for everyone\"")))).containsExactly(id(bySummary));
        assertThat(ids(list(editor, "q=telescope&language=zh"))).isEmpty();
    }

    @Test
    void authorsFindOnlyTheirDepartmentsArticles() throws Exception {
        Article own = content.article(section, mine).en("Our regatta plans").draft().save();
        Article other = content.article(section, theirs).en("Their regatta plans").draft().save();

        assertThat(ids(list(author, "q=regatta"))).containsExactly(id(own));
        assertThat(ids(list(editor, "q=regatta"))).containsExactlyInAnyOrder(id(own), id(other));
        assertThat(ids(list(author, "q=regatta&department=" + theirs.getId()))).isEmpty();
    }

    @Test
    void bestMatchesComeFirstUnlessAnotherOrderIsChosen() throws Exception {
        Article inText = content.article(section, mine).en("Rowing club news").body(Language.EN, "<p>The marathon is next.</p>")
                .releasedHoursAgo(1).save();
        Article inTitle = content.article(section, mine).en("Campus marathon route").releasedHoursAgo(30).save();
        String query = "q=marathon";

        Document best = list(editor, query);
        Document byRelease = list(editor, query + "&sort=RELEASE");

        assertThat(ids(best)).containsExactly(id(inTitle), id(inText));
        assertThat(best.select("#sort-relevance")).isEmpty();
        assertThat(ids(byRelease)).containsExactly(id(inText), id(inTitle));
        assertThat(byRelease.selectFirst("#sort-relevance").attr("href")).contains("q=marathon").doesNotContain("RELEASE");
        assertThat(ids(list(editor, ""))).as("no search: last changed first")
                .containsExactly(id(inTitle), id(inText));

        Document editorPage = Jsoup.parse(mvc.perform(MockMvcRequestBuilders
                        .get("/admin/articles/" + inTitle.getId() + "/edit?section=" + section.getId() + "&" + query).with(as(editor)))
                .andReturn().getResponse().getContentAsString());
        assertThat(editorPage.selectFirst(".stepper").text()).contains("1 of 2");
        assertThat(editorPage.selectFirst("#step-next").attr("href")).startsWith("/admin/articles/" + inText.getId() + "/edit?");
    }

    @Test
    void aSaveIsFoundByItsNewWordsAtOnceAndDeletedArticlesOnlyByAdministratorsInTheBin() throws Exception {
        Article article = content.article(section, mine).en("Choir rehearsal").draft().save();
        assertThat(ids(list(editor, "q=choir"))).containsExactly(id(article));

        mvc.perform(ArticleEditorPost.englishOnly(section, mine, "Orchestra rehearsal")
                        .enBody("<p>Bring your violins.</p>")
                        .param("version", Long.toString(article.getVersion()))
                        .post("/admin/articles/" + article.getId()).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(ids(list(editor, "q=choir"))).isEmpty();
        assertThat(ids(list(editor, "q=violin"))).containsExactly(id(article));

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + article.getId() + "/delete").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(ids(list(editor, "q=violin"))).isEmpty();
        assertThat(ids(list(admin, "q=violin"))).isEmpty();
        assertThat(ids(list(admin, "q=violin&deleted=true"))).containsExactly(id(article));
        assertThat(ids(list(editor, "q=violin&deleted=true"))).isEmpty();
    }

    @Test
    void visitorsNeverFindWhatOnlyStaffMaySee() throws Exception {
        Article draft = content.article(section, mine).en("Unannounced xylophone concert").draft().save();
        Article published = content.article(section, mine).en("Announced xylophone recital").releasedHoursAgo(2).save();
        assertThat(ids(list(editor, "q=xylophone"))).containsExactlyInAnyOrder(id(draft), id(published));

        Document visitors = page("/en/search?q=xylophone");

        assertThat(visitors.select(".search-result__title").eachText()).containsExactly("Announced xylophone recital");
        assertThat(visitors.select(".search-filters select[name=year] option").eachText()).doesNotContain("1999");
    }

    @Test
    void queriesWithNothingToFindOrStrangeCharactersListNothingAndBreakNothing() throws Exception {
        content.article(section, mine).en("Strange query target").draft().save();
        for (String q : List.of("the", "-target", "\"", "'):*|!&<>", "%", "_", "\\", "a".repeat(500), "目標 & !")) {
            Document answer = list(editor, "q=" + encode(q));
            assertThat(answer.select("#article-list")).as(q).isNotNull();
        }
        assertThat(ids(list(editor, "q=-target"))).isEmpty();
        assertThat(ids(list(editor, "q=" + encode("target'):*")))).hasSize(1);
        String longQuery = "target " + "x".repeat(300);
        assertThat(list(editor, "q=" + encode(longQuery)).selectFirst("input[name=q]").val())
                .hasSize(ArticleListQuery.Q_LIMIT);
    }

    /** The list of the test's section, which the other tests' and the demo's articles are not in. */
    private Document list(UserAccount who, String query) throws Exception {
        URI uri = URI.create("/admin/articles?section=" + section.getId() + "&" + query);
        return Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(uri).with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> ids(Document list) {
        return list.select("#article-list tr[data-article-id]").eachAttr("data-article-id");
    }

    private static String id(Article article) {
        return article.getId().toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
