package org.campusnews.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;

import org.campusnews.department.Department;
import org.campusnews.media.MediaFixtures;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.web.SiteAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The cover images and attachments of articles in the API: every rendition with its width, files with their size. */
class ApiMediaIntegrationTests extends IntegrationTest {

    @Autowired
    SiteAddress site;

    @Test
    void coversComeInEveryRenditionAndAttachmentsWithTypeAndSize() throws Exception {
        Section section = content.section();
        Department department = content.department();
        UserAccount editor = content.staff(Role.EDITOR);
        JsonNode cover = upload(editor, "IMAGE", "cover.jpg", MediaFixtures.jpeg(1000, 500));
        byte[] pdf = MediaFixtures.pdf();
        JsonNode report = upload(editor, "ATTACHMENT", "年度报告.pdf", pdf);
        MvcResult saved = mvc.perform(ArticleEditorPost.englishOnly(section, department, "Illustrated " + MediaFixtures.unique())
                .enBody("<p>Text</p>").param("coverMediaId", cover.get("id").asString())
                .param("attachmentIds", report.get("id").asString()).param("action", "PUBLISH")
                .post("/admin/articles").with(as(editor)).with(csrf())).andReturn();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll("\\D+(\\d+)\\D*", "$1"));
        String hash = cover.get("sha256").asString();

        JsonNode item = ApiSupport.ok(get("/api/v1/articles?lang=en&section=" + section.getSlug())).path("items").get(0);
        JsonNode details = ApiSupport.ok(get("/api/v1/articles/" + id + "?lang=en"));

        for (JsonNode shown : List.of(item.path("cover"), details.path("cover"))) {
            List<String> renditions = new ArrayList<>();
            shown.path("renditions").forEach(rendition -> renditions.add(rendition.path("url").asString() + " "
                    + rendition.path("width").asInt()));
            assertThat(renditions).containsExactly(site.of("/media/" + hash + "/w320") + " 320",
                    site.of("/media/" + hash + "/w800") + " 800", site.of("/media/" + hash + "/w1600") + " 1000");
            assertThat(shown.path("alt").isString()).isTrue();
        }
        JsonNode attachment = details.path("attachments").get(0);
        assertThat(details.path("attachments")).hasSize(1);
        assertThat(attachment.path("name").asString()).isEqualTo("年度报告.pdf");
        assertThat(attachment.path("type").asString()).isEqualTo("application/pdf");
        assertThat(attachment.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(attachment.path("url").asString()).isEqualTo(site.of(report.get("url").asString()));
    }

    private JsonNode upload(UserAccount user, String purpose, String name, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/media/upload")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("purpose", purpose).accept(MediaType.APPLICATION_JSON).with(csrf()).with(as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return ApiSupport.JSON.readTree(result.getResponse().getContentAsString());
    }
}
