package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public media addresses over real HTTP: caching, revalidation, ranges, download names, and the limits. */
class MediaServingIntegrationTests extends MediaTestSupport {

    private static final long MEGABYTE = 1024 * 1024;

    private UserAccount editor;

    @BeforeEach
    void staff() {
        editor = content.staff(Role.EDITOR);
    }

    @Test
    void filesAreCacheableForeverAndRevalidateWith304() throws Exception {
        JsonNode item = upload(editor, "IMAGE", "campus.jpg", MediaFixtures.jpeg(1200, 800));
        String sha256 = item.get("sha256").asString();

        for (String path : new String[] {"/media/" + sha256, "/media/" + sha256 + "/w800"}) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=31536000, public, immutable");
            assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(first.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(first.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("\"" + sha256);

            HttpResponse<String> again = http().send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        }
        assertThat(head("/media/" + sha256).statusCode()).isEqualTo(200);
    }

    @Test
    void largeFilesAreServedInRanges() throws Exception {
        byte[] pdf = MediaFixtures.pdf();
        JsonNode item = upload(editor, "ATTACHMENT", "report.pdf", pdf);

        HttpResponse<byte[]> part = http().send(HttpRequest.newBuilder(uri(item.get("url").asString()))
                .header("Range", "bytes=5-14").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 5-14/" + pdf.length);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(pdf, 5, 15));

        HttpResponse<byte[]> outside = http().send(HttpRequest.newBuilder(uri(item.get("url").asString()))
                .header("Range", "bytes=100000-").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(outside.statusCode()).isEqualTo(416);
    }

    @Test
    void attachmentsDownloadUnderTheirOriginalChineseName() throws Exception {
        JsonNode item = upload(editor, "ATTACHMENT", "2026年本科招生简章.pdf", MediaFixtures.pdf());

        HttpResponse<String> download = get(item.get("url").asString());

        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).isEqualTo("attachment; filename=\"2026_______.pdf\"; "
                + "filename*=UTF-8''2026%E5%B9%B4%E6%9C%AC%E7%A7%91%E6%8B%9B%E7%94%9F%E7%AE%80%E7%AB%A0.pdf");
        String decoded = java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo("2026年本科招生简章.pdf");
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    void noAddressOutsideTheContentHashesIsServed() throws Exception {
        JsonNode item = upload(editor, "IMAGE", "safe.jpg", MediaFixtures.jpeg(100, 100));
        String sha256 = item.get("sha256").asString();
        String[] paths = {
                "/media/../../../../etc/passwd",
                "/media/..%2f..%2f..%2fetc%2fpasswd",
                "/media/%2e%2e/%2e%2e/etc/passwd",
                "/media/" + sha256 + "/..%2f..%2f..%2f..%2fetc%2fpasswd",
                "/media/" + sha256 + "/w800/../../../../etc/passwd",
                "/media/" + sha256 + "/w..%2f800",
                "/media/" + sha256.toUpperCase(),
                "/media/" + sha256.substring(1),
                "/media/" + sha256 + "%00.jpg",
                "/media/" + sha256 + "/w99999",
                "/media/" + sha256 + "/w-1",
                "/media/tmp/" + sha256,
                "/media/originals/" + sha256.substring(0, 2) + "/" + sha256,
                "/media/..%5c..%5cetc%5cpasswd",
        };
        for (String path : paths) {
            HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:");
        }

        // The library's filters, sent by a signed-in staff member: refused as bad requests, not passed to a query.
        StaffHttp staff = new StaffHttp(port, editor.getUsername(), TestContent.PASSWORD);
        String[] libraryQueries = {
                "/admin/media?kind=..%2f..%2f",
                "/admin/media?type=../../etc",
                "/admin/media?page=..%2f1",
        };
        for (String path : libraryQueries) {
            HttpResponse<String> response = staff.send(HttpRequest.newBuilder(uri(path)).GET().build());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).doesNotContain("root:");
        }
        assertThat(staff.send(HttpRequest.newBuilder(uri("/admin/media?kind=IMAGE&q=safe.jpg")).GET().build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void uploadsOverTheLimitsGetAClearAnswerNotAResetConnection() {
        StaffHttp staff = new StaffHttp(port, editor.getUsername(), TestContent.PASSWORD);
        byte[] jpegStart = MediaFixtures.jpeg(10, 10);

        // Within the container's limit but over the image limit: refused by the application, naming the limit.
        HttpResponse<String> image = staff.postFile("/admin/media/upload", "application/json", "big.jpg", jpegStart,
                21 * MEGABYTE, "purpose", "IMAGE");
        assertThat(image.statusCode()).isEqualTo(413);
        assertThat(image.body()).contains("The image is too large: images may be at most 20 MB.");

        // Over the largest limit: refused by the container while reading, still with an answer.
        HttpResponse<String> attachment = staff.postFile("/admin/media/upload", "application/json", "big.zip", new byte[0],
                102 * MEGABYTE, "purpose", "ATTACHMENT");
        assertThat(attachment.statusCode()).isEqualTo(413);
        assertThat(attachment.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(attachment.body()).contains("\"status\":413", "\"detail\":\"The file is larger than the server accepts: "
                + "at most 20 MB for an image and 100 MB for an attachment.\"");

        // The library's form, which works without script, sends its token as a form field.
        HttpResponse<String> page = staff.postFile("/admin/media", "text/html", "big.zip", new byte[0],
                101 * MEGABYTE + 10, "_csrf", staff.token("/admin/media"), "purpose", "ATTACHMENT");
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("at most 20 MB for an image and 100 MB for an attachment");
    }

    @Test
    void theLibraryUploadFormWorksWithoutScript() {
        StaffHttp staff = new StaffHttp(port, editor.getUsername(), TestContent.PASSWORD);
        byte[] pdf = MediaFixtures.pdf();

        HttpResponse<String> uploaded = staff.postFile("/admin/media", "text/html", "library.pdf", pdf, pdf.length,
                "_csrf", staff.token("/admin/media"), "purpose", "ATTACHMENT");

        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/admin/media?kind=ATTACHMENT");
        assertThat(staff.send(HttpRequest.newBuilder(uri("/admin/media?kind=ATTACHMENT&q=library.pdf")).GET().build()).body())
                .contains("library.pdf");
    }
}
