package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An article whose title, summary and body hold markup and script, saved through the editor and published, is shown
 * on the public pages as text (title, summary) or cleaned (body): over real HTTP, the article page, its section's list
 * and the home page hold no script, no event handler and no {@code javascript:} address, and show the title as typed.
 */
class HostileContentOnPublicPagesIntegrationTests extends IntegrationTest {

    private static final String TITLE = "<script>alert('title')</script><img src=x onerror=alert(1)> \"Quotes\" & <b>bold</b>";
    private static final String ZH_TITLE = "<svg onload=alert(2)>标题</svg><a href=\"javascript:alert(3)\">链接</a>";
    private static final String SUMMARY = "\"><script>alert('summary')</script><meta http-equiv=refresh content=0>";
    private static final String BODY = "<p>Safe <strong>text</strong></p><script>alert('body')</script>"
            + "<img src=x onerror=alert(4)><a href=\"JaVaScRiPt:alert(5)\">x</a><div onclick=\"alert(6)\">click</div>"
            + "<iframe src=\"https://evil.example\"></iframe><p style=\"background:url(javascript:alert(7))\">styled</p>";

    @Autowired
    CampusNewsProperties properties;

    @Test
    void titlesSummariesAndBodiesWithScriptAreShownAsTextOrCleanedOnEveryPublicPage() throws Exception {
        Section section = content.section();
        Department department = content.department();
        String releaseTime = LocalDateTime.ofInstant(content.now().minus(Duration.ofHours(1)), properties.timeZone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        UserAccount editor = content.staff(Role.EDITOR, department);
        ArticleEditorPost post = ArticleEditorPost.bilingual(section, department)
                .param("releaseTime", releaseTime)
                .param("en.title", TITLE).param("en.summary", SUMMARY).param("en.body", BODY)
                .param("zh.title", ZH_TITLE).param("zh.summary", SUMMARY).param("zh.body", BODY)
                .param("action", "PUBLISH");
        // The image without a description is a warning of the pre-publishing checks, which the editor accepts.
        String refused = mvc.perform(post.post("/admin/articles").with(as(editor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String saved = mvc.perform(post.acceptingWarningsOf(refused, "Markup kept on purpose")
                        .post("/admin/articles").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(saved.replaceAll("^/admin/articles/(\\d+)/edit.*$", "$1"));

        Document article = harmless("/en/articles/" + id);
        assertThat(article.selectFirst("h1").text()).isEqualTo(TITLE);
        assertThat(article.title()).startsWith(TITLE);
        assertThat(article.selectFirst("meta[name=description]").attr("content")).isEqualTo(SUMMARY);
        assertThat(article.select(".article__body strong").text()).isEqualTo("text");
        assertThat(article.select(".article__body iframe, .article__body [style]")).isEmpty();

        Document chinese = harmless("/zh/articles/" + id);
        assertThat(chinese.selectFirst("h1").text()).isEqualTo(ZH_TITLE);

        Document list = harmless("/en/sections/" + section.getSlug());
        assertThat(list.select(".article-list__title").eachText()).contains(TITLE);
        Document chineseList = harmless("/zh/sections/" + section.getSlug());
        assertThat(chineseList.select(".article-list__title").eachText()).contains(ZH_TITLE);

        Document home = harmless("/en/");
        assertThat(home.select(".article-list__title").eachText()).contains(TITLE);
        harmless("/zh/");

        assertThat(harmless("/en/articles/" + id).selectFirst("h1").text()).as("the page kept by the page cache")
                .isEqualTo(TITLE);
    }

    /** The page, checked for what could run in a visitor's browser. */
    private Document harmless(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        // The only scripts are the structured-data blocks, which browsers never run, and the site's own file of the
        // article pages' reader tools.
        String withoutData = response.body().replace("<script type=\"application/ld+json\">", "")
                .replaceAll("<script src=\"/js/reader-[0-9a-f]{32}\\.js\" defer></script>", "");
        assertThat(withoutData).as(path).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<iframe").doesNotContain("<meta http-equiv");
        Document page = Jsoup.parse(response.body(), uri(path).toString());
        assertThat(page.select("script:not([type=application/ld+json]):not([src~=^/js/reader-[0-9a-f]{32}\\.js$]), "
                + "iframe, object, embed, svg, base")).as(path).isEmpty();
        for (Element data : page.select("script[type=application/ld+json]")) {
            assertThat(data.data()).as(path).doesNotContain("<").doesNotContain(">");
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(path + ": " + element.tagName()).doesNotStartWithIgnoringCase("on");
                if (isSharedText(element, attribute)) {
                    // og:title and the like carry the title as typed: text for other sites, never an address.
                    continue;
                }
                assertThat(attribute.getValue().replaceAll("\\s", "")).as(path + ": " + element.tagName() + " " + attribute.getKey())
                        .doesNotContainIgnoringCase("javascript:");
            }
        }
        return page;
    }

    private static boolean isSharedText(Element element, Attribute attribute) {
        return element.tagName().equals("meta") && attribute.getKey().equals("content")
                && (element.hasAttr("name") || element.hasAttr("property")) && !element.hasAttr("http-equiv")
                && !element.attr("property").equals("og:url") && !element.attr("property").equals("og:image");
    }
}
