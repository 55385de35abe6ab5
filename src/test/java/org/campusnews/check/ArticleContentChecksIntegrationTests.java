package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.util.Random;

import org.campusnews.department.Department;
import org.campusnews.media.MediaFixtures;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checks of images, lengths and empty versions, beside the fields they concern. */
class ArticleContentChecksIntegrationTests extends CheckTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void imagesWithoutADescriptionTooLargeOrWithoutResizedVersionsAreReported() throws Exception {
        UserAccount editor = content.staff(Role.EDITOR);
        Section section = content.section();
        JsonNode small = upload(editor, "small.png", MediaFixtures.png(640, 400, false));
        JsonNode large = upload(editor, "large.jpg", MediaFixtures.encode(noise(1800, 1800), "jpeg", 1.0f));
        assertThat(large.get("size").asLong()).as("larger than the 5 MB allowed").isGreaterThan(5L * 1024 * 1024);
        String body = "<p>Text</p>"
                + "<p><img src=\"" + small.get("insertSrc").asString() + "\" alt=\"The library\"></p>"
                + "<p><img src=\"" + large.get("insertSrc").asString() + "\" alt=\"The campus\"></p>"
                + "<p><img src=\"https://images.example.org/a.png\" alt=\" \"></p>"
                + "<p><img src=\"https://images.example.org/b.png\" alt=\"Described\"></p>";

        long id = create(editor, ArticleEditorPost.bilingual(section, content.department()).enBody(body), "SAVE");
        Document page = editor(editor, id);

        assertThat(kinds(page, "en-body")).containsExactlyInAnyOrder("IMAGE_TOO_LARGE", "IMAGE_WITHOUT_ALT",
                "IMAGE_WITHOUT_RENDITION", "IMAGE_WITHOUT_RENDITION");
        assertThat(page.select("#checks-en-body li[data-kind=IMAGE_TOO_LARGE] mark").text()).isEqualTo("large.jpg");
        assertThat(page.select("#checks-en-body li[data-kind=IMAGE_TOO_LARGE] .check-message").text())
                .contains("more than 5.0 MB");
        assertThat(page.select("#checks-en-body li[data-kind=IMAGE_WITHOUT_ALT] mark").text())
                .isEqualTo("https://images.example.org/a.png");
        assertThat(page.select("#checks-en-body li[data-kind=IMAGE_WITHOUT_RENDITION] mark").eachText())
                .containsExactlyInAnyOrder("https://images.example.org/a.png", "https://images.example.org/b.png");
        assertThat(page.select("#checks-en-body li").text()).as("the small image described").doesNotContain(small.get("sha256").asString());
    }

    @Test
    void summariesAndTitlesLongerThanTheyAreShownAndEmptyVersionsAreReported() throws Exception {
        Department department = content.department();
        UserAccount author = content.staff(Role.AUTHOR, department);
        String longTitle = "A title of eighty-one characters, one more than Previous and Next links show: ok!";
        assertThat(longTitle).hasSize(81);
        long id = create(author, ArticleEditorPost.bilingual(content.section(), department)
                .param("en.title", longTitle)
                .param("zh.title", "标".repeat(80))
                .param("en.summary", "s".repeat(160) + "!")
                .param("zh.summary", "摘".repeat(160))
                .param("zh.body", "<hr>"), "SAVE");

        Document page = editor(author, id);

        assertThat(kinds(page, "en-title")).containsExactly("TITLE_TOO_LONG");
        assertThat(marks(page, "en-title")).as("what is cut").containsExactly("!");
        assertThat(page.selectFirst("#checks-en-title .check-message").text()).contains("81 characters", "show 80");
        assertThat(kinds(page, "zh-title")).isEmpty();
        assertThat(kinds(page, "en-summary")).containsExactly("SUMMARY_TOO_LONG");
        assertThat(marks(page, "en-summary")).containsExactly("!");
        assertThat(kinds(page, "zh-summary")).isEmpty();
        assertThat(kinds(page, "zh-body")).containsExactly("EMPTY_VERSION");
        assertThat(kinds(page, "en-body")).isEmpty();
        assertThat(page.select("li[data-kind=EMPTY_VERSION] .check-excerpt")).as("nothing to quote").isEmpty();
    }

    private JsonNode upload(UserAccount user, String name, byte[] bytes) throws Exception {
        String answer = mvc.perform(multipart("/admin/media/upload")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("purpose", "IMAGE").param("altEn", "A picture").accept(MediaType.APPLICATION_JSON)
                        .with(as(user)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer);
    }

    /** Random pixels, which JPEG cannot make small. */
    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
