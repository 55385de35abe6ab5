package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleDraft;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.security.StaffPrincipal;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** /admin/media: images in a grid, files in a list, search, filter, pages, where each is used, and deletion. */
class MediaLibraryIntegrationTests extends MediaTestSupport {

    @Autowired
    ArticleAdminService articleAdmin;

    @Autowired
    UserDetailsService users;

    @Autowired
    CampusNewsProperties properties;

    private UserAccount editor;
    private Department department;

    @BeforeEach
    void staff() {
        editor = content.staff(Role.EDITOR);
        department = content.department();
    }

    @Test
    void imagesAreAGridAndFilesAListSearchableByNameAndType() throws Exception {
        String marker = "lib" + MediaFixtures.unique();
        upload(editor, "IMAGE", marker + "-campus.jpg", MediaFixtures.jpeg(300, 200));
        upload(editor, "IMAGE", marker + "-logo.png", MediaFixtures.png(100, 100, true));
        JsonNode uploadedReport = upload(editor, "ATTACHMENT", marker + "-report.pdf", MediaFixtures.pdf());
        upload(editor, "ATTACHMENT", marker + "-budget.xlsx", MediaFixtures.ooxml("xl/workbook.xml"));

        Document images = library("?kind=IMAGE&q=" + marker);
        assertThat(images.select("#media-images .media-card__name").eachText())
                .containsExactly(marker + "-logo.png", marker + "-campus.jpg");
        assertThat(images.select("#media-images img").eachAttr("src")).allMatch(src -> src.endsWith("/w320"));
        assertThat(library("?kind=IMAGE&type=PNG&q=" + marker).select(".media-card__name").eachText())
                .containsExactly(marker + "-logo.png");

        Document files = library("?kind=ATTACHMENT&q=" + marker.toUpperCase());
        assertThat(files.select("#media-files tbody td:first-child").eachText())
                .containsExactly(marker + "-budget.xlsx", marker + "-report.pdf");
        assertThat(library("?kind=ATTACHMENT&type=EXCEL&q=" + marker).select("#media-files tbody td:first-child").eachText())
                .containsExactly(marker + "-budget.xlsx");
        // Shown in the site's time zone, to the minute.
        Media report = mediaRepository.findById(uploadedReport.get("id").asLong()).orElseThrow();
        assertThat(files.select("#media-files tbody tr[data-media-id=" + report.getId() + "] td.optional span").first().text())
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(report.getUploadedAt().atZone(properties.timeZone())));
        // As wildcards, % and _ would match both files after the marker; searched as text, they match nothing.
        assertThat(library("?kind=ATTACHMENT&q=" + marker + "%25_").select("#media-files tbody tr")).isEmpty();
        assertThat(library("?kind=ATTACHMENT&q=" + marker + "_").select("#media-files tbody tr")).isEmpty();
        assertThat(library("?kind=ATTACHMENT&q=" + marker + "-nothing").select("#media-files tbody tr")).isEmpty();
    }

    @Test
    void theLibraryIsPaged() throws Exception {
        String marker = "paged" + MediaFixtures.unique();
        for (int i = 0; i < MediaLibrary.PAGE_SIZE + 1; i++) {
            upload(editor, "ATTACHMENT", marker + "-" + i + ".pdf", MediaFixtures.pdf());
        }

        Document first = library("?kind=ATTACHMENT&q=" + marker);
        assertThat(first.select("#media-files tbody tr")).hasSize(MediaLibrary.PAGE_SIZE);
        String next = first.selectFirst(".pagination a[rel=next]").attr("href");
        Document second = library(next.substring(next.indexOf('?')));
        assertThat(second.select("#media-files tbody td:first-child").eachText()).containsExactly(marker + "-0.pdf");
        mvc.perform(MockMvcRequestBuilders.get("/admin/media?kind=ATTACHMENT&page=3&q=" + marker).with(as(editor))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/admin/media?page=0").with(as(editor))).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/admin/media?kind=FOLDER").with(as(editor))).andExpect(status().isBadRequest());
    }

    @Test
    void aFileInUseShowsWhereAndIsNotDeleted() throws Exception {
        JsonNode cover = upload(editor, "IMAGE", "used-cover.jpg", MediaFixtures.jpeg(320, 240));
        JsonNode inText = upload(editor, "IMAGE", "used-in-text.jpg", MediaFixtures.jpeg(320, 240));
        JsonNode attached = upload(editor, "ATTACHMENT", "used-attachment.pdf", MediaFixtures.pdf());
        Article article = content.article(content.section(), department).en("Where the files are used").draft().save();
        StaffPrincipal principal = (StaffPrincipal) users.loadUserByUsername(editor.getUsername());
        articleAdmin.save(org.campusnews.article.ArticleSaveRequest.update(article.getId(), article.getVersion(), new ArticleDraft(article.getSection().getId(),
                department.getId(), null, content.now(), false, org.campusnews.i18n.Language.EN,
                java.util.Map.of(org.campusnews.i18n.Language.EN, new ArticleDraft.VersionDraft("Where the files are used", null,
                        "<p><img src=\"" + inText.get("insertSrc").asString() + "\" alt=\"A photo\"></p>", null)),
                new ArticleDraft.MediaChoice(cover.get("id").asLong(), java.util.List.of(attached.get("id").asLong()))),
                null, null), principal);

        Document images = library("?kind=IMAGE&q=used-");
        assertThat(images.select(".media-card").stream()
                .filter(card -> card.text().contains("used-cover.jpg")).findFirst().orElseThrow().text())
                .contains("Where the files are used", "cover image");
        assertThat(images.select(".media-card").stream()
                .filter(card -> card.text().contains("used-in-text.jpg")).findFirst().orElseThrow().text())
                .contains("Where the files are used", "in the text");
        assertThat(library("?kind=ATTACHMENT&q=used-attachment").select("#media-files tbody tr").text())
                .contains("Where the files are used", "attachment");

        for (JsonNode used : new JsonNode[] {cover, inText, attached}) {
            mvc.perform(post("/admin/media/" + used.get("id").asLong() + "/delete").with(as(editor)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("mediaError", org.hamcrest.Matchers.containsString("is still used in 1 place")));
            assertThat(mediaRepository.findById(used.get("id").asLong())).isPresent();
            assertThat(storage.exists(MediaKeys.original(used.get("sha256").asString()))).isTrue();
        }
    }

    @Test
    void anUnusedFileIsDeletedWithItsRenditions() throws Exception {
        JsonNode unused = upload(editor, "IMAGE", "unused.jpg", MediaFixtures.jpeg(1000, 600));
        String sha256 = unused.get("sha256").asString();
        assertThat(filesOf(sha256)).hasSize(4);
        UserAccount author = content.staff(Role.AUTHOR, department);
        String deleteButton = "#delete-" + unused.get("id").asLong();
        assertThat(library("?kind=IMAGE&q=unused.jpg").select(deleteButton)).hasSize(1);
        assertThat(library("?kind=IMAGE&q=unused.jpg", author).select(".media-card__name").eachText()).contains("unused.jpg");
        assertThat(library("?kind=IMAGE&q=unused.jpg", author).select(deleteButton)).isEmpty();

        mvc.perform(post("/admin/media/" + unused.get("id").asLong() + "/delete").with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/media/" + unused.get("id").asLong() + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "flash.media.deleted"));

        assertThat(mediaRepository.findById(unused.get("id").asLong())).isEmpty();
        assertThat(filesOf(sha256)).isEmpty();
        assertThat(get(unused.get("url").asString()).statusCode()).isEqualTo(404);
        mvc.perform(post("/admin/media/..%2f1/delete").with(as(editor)).with(csrf())).andExpect(status().isBadRequest());
    }

    private Document library(String query) throws Exception {
        return library(query, editor);
    }

    private Document library(String query, UserAccount user) throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get("/admin/media" + query).with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
