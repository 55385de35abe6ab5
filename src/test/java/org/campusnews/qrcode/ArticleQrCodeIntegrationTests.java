package org.campusnews.qrcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The QR code beside each article page: it says the page's canonical address, exists only while the page is public,
 * is kept and revalidated, and is shown on the page with the other reader tools.
 */
class ArticleQrCodeIntegrationTests extends IntegrationTest {

    private static final DateTimeFormatter EDITOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    private CampusNewsProperties properties;

    @Autowired
    private ArticleRepository articles;

    private Section section;
    private Department department;

    @BeforeEach
    void createSection() {
        section = content.section();
        department = content.department();
    }

    @Test
    void theCodeSaysTheCanonicalAddressOfEachLanguageVersion() {
        Article article = content.article(section, department).zh("二维码里的网址").en("The address in the code").save();

        for (Language language : Language.values()) {
            String path = "/" + language.code() + "/articles/" + article.getId();
            String canonical = page(path).selectFirst("link[rel=canonical]").attr("href");
            HttpResponse<byte[]> image = getBytes(path + "/qr.png", Map.of());

            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(decode(image.body())).isEqualTo(canonical)
                    .isEqualTo(properties.site().url() + path)
                    // Made from the site's address, not from the address the request was sent to.
                    .doesNotContain(":" + port);
        }
    }

    @Test
    void aQueryCannotPutOtherTextIntoTheCode() {
        Article article = content.article(section, department).en("Codes say one thing only").save();
        String path = "/en/articles/" + article.getId();

        HttpResponse<byte[]> image = getBytes(path + "/qr.png?text=https%3A%2F%2Fevil.example%2F&q=x", Map.of());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(decode(image.body())).isEqualTo(properties.site().url() + path);
    }

    @Test
    void onlyArticlePagesThatArePublicHaveACode() {
        Article draft = content.article(section, department).en("A draft has no code").draft().save();
        Article scheduled = content.article(section, department).en("A scheduled one neither")
                .releasedAt(content.now().plus(Duration.ofDays(2))).save();
        Article englishOnly = content.article(section, department).en("Only in English").save();

        assertThat(statusOf("/en/articles/" + englishOnly.getId() + "/qr.png")).isEqualTo(200);
        assertThat(statusOf("/en/articles/" + draft.getId() + "/qr.png")).isEqualTo(404);
        assertThat(statusOf("/en/articles/" + scheduled.getId() + "/qr.png")).isEqualTo(404);
        assertThat(statusOf("/zh/articles/" + englishOnly.getId() + "/qr.png")).isEqualTo(404);
        for (String id : List.of("99999999999", "0", "01", "-1", "abc", "1e3", "12345678901234567890123")) {
            assertThat(statusOf("/en/articles/" + id + "/qr.png")).as(id).isEqualTo(404);
        }
        assertThat(statusOf("/xx/articles/" + englishOnly.getId() + "/qr.png")).isEqualTo(404);
        assertThat(statusOf("/en/articles/" + englishOnly.getId() + "/qr.svg")).isEqualTo(404);
        assertThat(statusOf("/en/articles/" + englishOnly.getId() + "/qr.png/x")).isEqualTo(404);
    }

    @Test
    void aKeptCodeGoesWhenItsArticleIsUnpublished() throws Exception {
        Article article = content.article(section, department).en("Unpublished after a while").save();
        String qrCode = "/en/articles/" + article.getId() + "/qr.png";
        assertThat(statusOf(qrCode)).isEqualTo(200);
        assertThat(statusOf(qrCode)).isEqualTo(200);

        UserAccount editor = content.staff(Role.EDITOR, department);
        Article stored = articles.findById(article.getId()).orElseThrow();
        mvc.perform(ArticleEditorPost.englishOnly(section, department, "Unpublished after a while")
                        .enBody("<p>Unpublished after a while body</p>")
                        .param("version", Long.toString(stored.getVersion()))
                        .param("releaseTime", LocalDateTime.ofInstant(stored.getReleaseTime(), properties.timeZone())
                                .format(EDITOR_TIME))
                        .param("action", "UNPUBLISH")
                        .post("/admin/articles/" + article.getId()).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(qrCode)).isEqualTo(404);
    }

    @Test
    void theCodeIsCachedLongAndRevalidatedByItsTag() {
        Article article = content.article(section, department).en("Kept in the browser").save();
        String qrCode = "/en/articles/" + article.getId() + "/qr.png";

        // Before it is kept (HEAD is answered by the application) and once kept, the same validator.
        HttpResponse<byte[]> head = send(qrCode, "HEAD", Map.of());
        HttpResponse<byte[]> first = getBytes(qrCode, Map.of("Accept-Encoding", "gzip"));
        HttpResponse<byte[]> second = getBytes(qrCode, Map.of("Accept-Encoding", "gzip"));

        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);
        assertThat(second.body()).isEqualTo(first.body());
        for (HttpResponse<byte[]> answer : List.of(head, first, second)) {
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=2592000");
            // A PNG is compressed already.
            assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        }

        HttpResponse<byte[]> revalidated = getBytes(qrCode, Map.of("If-None-Match", etag));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(getBytes(qrCode, Map.of("If-None-Match", "\"0123456789abcdef01234567\"")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void fetchingTheCodeCountsNoView() {
        Article article = content.article(section, department).en("Codes are not views").save();
        String path = "/en/articles/" + article.getId();

        assertThat(browseCount(page(path))).isEqualTo(1);
        getBytes(path + "/qr.png", Map.of());
        getBytes(path + "/qr.png", Map.of());
        assertThat(browseCount(page(path))).isEqualTo(2);
    }

    @Test
    void theArticlePageOffersPrintTextSizeAndTheCode() {
        Article article = content.article(section, department).zh("阅读工具").en("Reader tools")
                .releasedAt(java.time.Instant.parse("2026-03-05T02:10:00Z")).save();
        String released = LocalDateTime.ofInstant(article.getReleaseTime(), properties.timeZone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

        Document english = page("/en/articles/" + article.getId());
        Element tools = english.selectFirst(".reader-tools");
        assertThat(tools.hasAttr("hidden")).as("shown by the script only").isTrue();
        assertThat(tools.selectFirst("#print-page").text()).isEqualTo("Print");
        assertThat(tools.selectFirst("#text-smaller").attr("aria-label")).isEqualTo("Smaller text");
        assertThat(tools.selectFirst("#text-larger").attr("aria-label")).isEqualTo("Larger text");
        assertThat(tools.select("button")).hasSize(3).allMatch(button -> button.closest("form") == null);
        String canonical = english.selectFirst("link[rel=canonical]").attr("href");
        assertThat(english.selectFirst(".print-only").text())
                .isEqualTo("Address of this page: " + canonical + " · Release time: " + released);
        Element code = english.selectFirst(".reader-qr img");
        assertThat(code.attr("src")).isEqualTo("/en/articles/" + article.getId() + "/qr.png");
        assertThat(code.attr("loading")).isEqualTo("lazy");
        assertThat(code.attr("alt")).isEqualTo("QR code of the address of this page");
        assertThat(english.selectFirst(".reader-qr figcaption").text()).isEqualTo("Read on your phone");
        String script = english.selectFirst("script[src*=reader]").attr("src");
        assertThat(script).matches("/js/reader-[0-9a-f]{32}\\.js");
        HttpResponse<String> js = get(script);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(js.body()).contains("localStorage", "window.print");

        Document chinese = page("/zh/articles/" + article.getId());
        assertThat(chinese.selectFirst("#print-page").text()).isEqualTo("打印");
        assertThat(chinese.selectFirst("#text-larger").attr("aria-label")).isEqualTo("放大字号");
        assertThat(chinese.selectFirst("#text-smaller").attr("aria-label")).isEqualTo("缩小字号");
        assertThat(chinese.selectFirst(".print-only").text()).isEqualTo(
                "本文网址：" + chinese.selectFirst("link[rel=canonical]").attr("href") + "　发布时间：" + released);
        assertThat(chinese.selectFirst(".reader-qr img").attr("alt")).isEqualTo("本页网址的二维码");
        assertThat(chinese.selectFirst(".reader-qr img").attr("src")).isEqualTo("/zh/articles/" + article.getId() + "/qr.png");
    }

    private int statusOf(String path) {
        return getBytes(path, Map.of()).statusCode();
    }

    private HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        return send(path, "GET", headers);
    }

    private HttpResponse<byte[]> send(String path, String method, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("User-Agent", BROWSER)
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private static long browseCount(Document page) {
        return Long.parseLong(page.selectFirst(".article__browse-count").text());
    }

    /** Reads the code as a phone would: from the image's pixels. */
    private static String decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("The image holds no readable QR code", e);
        }
    }
}
