package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Staff illustrate articles and attach files in the editor; visitors see right-sized images and the attachments. */
class MediaInArticlesIntegrationTests extends MediaTestSupport {

    @Autowired
    ArticleRepository articles;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    private Section section;
    private Department department;
    private UserAccount editor;

    @BeforeEach
    void setUp() {
        section = content.section();
        department = content.department();
        editor = content.staff(Role.EDITOR);
    }

    @Test
    void anArticleShowsItsCoverBodyImagesAndAttachmentsInRenditions() throws Exception {
        JsonNode cover = upload(editor, "IMAGE", "cover.jpg", MediaFixtures.jpeg(2400, 1200));
        JsonNode photo = upload(editor, "IMAGE", "photo.png", MediaFixtures.png(1000, 500, false));
        JsonNode report = upload(editor, "ATTACHMENT", "年度报告.pdf", MediaFixtures.pdf());
        JsonNode slides = upload(editor, "ATTACHMENT", "slides.pptx", MediaFixtures.ooxml("ppt/presentation.xml"));
        String body = "<p>Text</p><p><img src=\"" + photo.get("insertSrc").asString() + "\" alt=\"Students in the library\" width=\"800\" height=\"400\"></p>";

        long id = saveArticle(editor, form(body)
                .param("coverMediaId", cover.get("id").asString())
                .param("attachmentIds", slides.get("id").asString(), report.get("id").asString())
                .param("action", "PUBLISH"));

        Document page = page("/en/articles/" + id);
        Element coverImage = page.selectFirst(".article__cover img");
        String coverHash = cover.get("sha256").asString();
        assertThat(coverImage.attr("src")).isEqualTo("/media/" + coverHash + "/w800");
        assertThat(coverImage.attr("srcset")).isEqualTo("/media/" + coverHash + "/w320 320w, /media/" + coverHash
                + "/w800 800w, /media/" + coverHash + "/w1600 1600w");
        assertThat(coverImage.attr("sizes")).isNotBlank();
        assertThat(coverImage.attr("loading")).isEqualTo("lazy");
        assertThat(coverImage.attr("width")).isEqualTo("800");
        assertThat(coverImage.attr("height")).isEqualTo("400");

        Element bodyImage = page.selectFirst(".article__body img");
        String photoHash = photo.get("sha256").asString();
        assertThat(bodyImage.attr("alt")).isEqualTo("Students in the library");
        assertThat(bodyImage.attr("srcset")).isEqualTo("/media/" + photoHash + "/w320 320w, /media/" + photoHash
                + "/w800 800w, /media/" + photoHash + "/w1600 1000w");
        assertThat(bodyImage.attr("loading")).isEqualTo("lazy");
        assertThat(bodyImage.attr("width")).isEqualTo("800");
        assertThat(bodyImage.attr("height")).isEqualTo("400");
        for (String source : bodyImage.attr("srcset").split(", ")) {
            assertThat(get(source.split(" ")[0]).statusCode()).as(source).isEqualTo(200);
        }

        List<Element> files = page.select(".attachment-list__item");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).selectFirst(".attachment-list__name").text()).isEqualTo("slides.pptx");
        assertThat(files.get(0).selectFirst(".attachment-list__type").text()).isEqualTo("PowerPoint presentation");
        assertThat(files.get(1).selectFirst(".attachment-list__name").text()).isEqualTo("年度报告.pdf");
        assertThat(files.get(1).selectFirst(".attachment-list__size").text()).endsWith(" B");
        assertThat(files.get(1).selectFirst("a").attr("href")).isEqualTo(report.get("url").asString());
        assertThat(page.selectFirst(".article__attachments h2").text()).isEqualTo("Attachments");

        Document list = page("/en/sections/" + section.getSlug());
        Element thumbnail = list.selectFirst(".article-list__thumb");
        assertThat(thumbnail.attr("src")).isEqualTo("/media/" + coverHash + "/w320");
        assertThat(thumbnail.attr("loading")).isEqualTo("lazy");
        assertThat(thumbnail.attr("width")).isEqualTo("96");
        assertThat(page("/en/").select(".article-list__thumb").eachAttr("src")).contains("/media/" + coverHash + "/w320");
    }

    @Test
    void theEditorKeepsCoverAndAttachmentsAndShowsThem() throws Exception {
        JsonNode cover = upload(editor, "IMAGE", "kept-cover.jpg", MediaFixtures.jpeg(600, 400));
        JsonNode file = upload(editor, "ATTACHMENT", "kept.pdf", MediaFixtures.pdf());
        long id = saveArticle(editor, form("<p>Body</p>").param("coverMediaId", cover.get("id").asString())
                .param("attachmentIds", file.get("id").asString()));

        Document editorPage = Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/admin/articles/" + id + "/edit").with(as(editor))).andReturn().getResponse().getContentAsString());

        assertThat(editorPage.selectFirst("#coverMediaId").val()).isEqualTo(cover.get("id").asString());
        assertThat(editorPage.select("#attachment-list input[name=attachmentIds]").eachAttr("value"))
                .containsExactly(file.get("id").asString());
        assertThat(editorPage.selectFirst("#attachment-list a").text()).isEqualTo("kept.pdf");
        assertThat(editorPage.selectFirst("#cover-preview img").attr("src")).endsWith("/w320");

        // Saving without them removes them.
        MvcResult saved = mvc.perform(form("<p>Body</p>").param("version", "0").post("/admin/articles/" + id).with(as(editor)).with(csrf())).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        transaction.executeWithoutResult(status -> {
            Article article = articles.findWithDetails(id).orElseThrow();
            assertThat(article.getCover()).isNull();
            assertThat(article.getAttachments()).isEmpty();
        });
    }

    @Test
    void everyBodyImageNeedsAnAltTextInEachLanguage() throws Exception {
        JsonNode photo = upload(editor, "IMAGE", "no-alt.jpg", MediaFixtures.jpeg(300, 200));
        String withoutAlt = "<p><img src=\"" + photo.get("insertSrc").asString() + "\" width=\"300\" height=\"200\"></p>";
        long before = articles.count();

        String page = mvc.perform(form("").zhBody("<p>正文</p>" + withoutAlt.replace("<img ", "<img alt=\" \" "))
                        .enBody(withoutAlt).post("/admin/articles").with(as(editor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document editorPage = Jsoup.parse(page);
        assertThat(editorPage.select("#version-en .field-error").text()).contains("needs a description (alt text)");
        assertThat(editorPage.select("#version-zh .field-error").text()).contains("needs a description (alt text)");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void aCoverMustBeAnImageAndAttachmentsMustBeFiles() throws Exception {
        JsonNode file = upload(editor, "ATTACHMENT", "not-a-cover.pdf", MediaFixtures.pdf());
        JsonNode image = upload(editor, "IMAGE", "not-an-attachment.jpg", MediaFixtures.jpeg(20, 20));
        long fileId = file.get("id").asLong();
        long imageId = image.get("id").asLong();
        long before = articles.count();

        mvc.perform(form("<p>Body</p>").param("coverMediaId", file.get("id").asString()).post("/admin/articles").with(as(editor)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(form("<p>Body</p>").param("attachmentIds", image.get("id").asString()).post("/admin/articles").with(as(editor)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(form("<p>Body</p>").param("coverMediaId", "../../1").post("/admin/articles").with(as(editor)).with(csrf())).andExpect(status().isOk());
        assertThat(articles.count()).as("articles created").isEqualTo(before);

        // An article that has them keeps them: the refused save changes nothing.
        long id = saveArticle(editor, form("<p>Body</p>").param("coverMediaId", image.get("id").asString())
                .param("attachmentIds", file.get("id").asString()));
        long version = articles.findById(id).orElseThrow().getVersion();
        mvc.perform(form("<p>Changed</p>").param("version", Long.toString(version)).param("coverMediaId", file.get("id").asString())
                .param("attachmentIds", file.get("id").asString()).post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(form("<p>Changed</p>").param("version", Long.toString(version)).param("coverMediaId", image.get("id").asString())
                .param("attachmentIds", file.get("id").asString(), image.get("id").asString())
                .post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().isBadRequest());
        transaction.executeWithoutResult(status -> {
            Article article = articles.findWithDetails(id).orElseThrow();
            assertThat(article.getVersion()).isEqualTo(version);
            assertThat(article.getCover().getId()).isEqualTo(imageId);
            assertThat(article.getAttachments()).extracting(Media::getId).containsExactly(fileId);
            assertThat(article.translation(Language.EN).orElseThrow().getBody()).isEqualTo("<p>Body</p>");
        });
    }

    @Test
    void restoringARevisionBringsBackItsCoverAndAttachments() throws Exception {
        JsonNode firstCover = upload(editor, "IMAGE", "first-cover.jpg", MediaFixtures.jpeg(640, 480));
        JsonNode secondCover = upload(editor, "IMAGE", "second-cover.jpg", MediaFixtures.jpeg(800, 480));
        JsonNode notice = upload(editor, "ATTACHMENT", "notice.pdf", MediaFixtures.pdf());
        ArticleEditorPost first = form("<p>Body</p>").param("coverMediaId", firstCover.get("id").asString())
                .param("attachmentIds", notice.get("id").asString());
        long id = saveArticle(editor, first);
        long firstRevision = jdbc.queryForObject("select max(id) from article_revision where article_id = ?", Long.class, id);
        mvc.perform(first.param("version", Long.toString(articles.findById(id).orElseThrow().getVersion()))
                .param("coverMediaId", secondCover.get("id").asString()).param("attachmentIds")
                .post("/admin/articles/" + id).with(as(editor)).with(csrf())).andExpect(status().is3xxRedirection());

        Document compare = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + id + "/history/" + firstRevision)
                .with(as(editor))).andReturn().getResponse().getContentAsString());
        assertThat(compare.selectFirst("#changes").text()).contains("Cover image", "first-cover.jpg", "second-cover.jpg",
                "Attachments", "notice.pdf");

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/history/" + firstRevision + "/restore")
                        .param("version", Long.toString(articles.findById(id).orElseThrow().getVersion()))
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select cover_media_id from article where id = ?", Long.class, id))
                .isEqualTo(firstCover.get("id").asLong());
        assertThat(jdbc.queryForList("select media_id from article_attachment where article_id = ?", Long.class, id))
                .containsExactly(notice.get("id").asLong());
    }

    private ArticleEditorPost form(String enBody) {
        return ArticleEditorPost.englishOnly(section, department, "Illustrated news " + MediaFixtures.unique()).enBody(enBody);
    }

    private long saveArticle(UserAccount user, ArticleEditorPost post) throws Exception {
        MvcResult result = mvc.perform(post.post("/admin/articles").with(as(user)).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).isNotNull();
        return Long.parseLong(location.replaceAll("\\D+(\\d+)\\D*", "$1"));
    }
}
