package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Uploads through HTTP: every accepted type, and every kind of bad file refused with a message. */
class MediaUploadIntegrationTests extends MediaTestSupport {

    private static final long MEGABYTE = 1024 * 1024;

    private Department department;
    private UserAccount editor;
    private UserAccount author;

    @BeforeEach
    void staff() {
        department = content.department();
        editor = content.staff(Role.EDITOR);
        author = content.staff(Role.AUTHOR, department);
    }

    @Test
    void everyAcceptedTypeIsUploadedAndServedWithItsType() throws Exception {
        Map<String, byte[]> images = Map.of(
                "photo.jpg", MediaFixtures.jpeg(640, 480),
                "diagram.png", MediaFixtures.png(300, 200, true),
                "tiny.webp", MediaFixtures.webp(),
                "banner.gif", MediaFixtures.gif(120, 60));
        Map<String, String> imageTypes = Map.of("photo.jpg", "image/jpeg", "diagram.png", "image/png",
                "tiny.webp", "image/webp", "banner.gif", "image/gif");
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            JsonNode item = upload(editor, "IMAGE", image.getKey(), image.getValue());
            assertThat(item.get("kind").asString()).isEqualTo("IMAGE");
            HttpResponse<String> served = get(item.get("url").asString());
            assertThat(served.statusCode()).as(image.getKey()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue(imageTypes.get(image.getKey()));
            assertThat(get(item.get("thumbnail").asString()).statusCode()).isEqualTo(200);
        }

        Map<String, String> files = Map.of(
                "report.pdf", "application/pdf",
                "minutes.doc", "application/msword",
                "minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "budget.xls", "application/vnd.ms-excel",
                "budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "talk.ppt", "application/vnd.ms-powerpoint",
                "talk.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "photos.zip", "application/zip");
        for (Map.Entry<String, String> file : files.entrySet()) {
            JsonNode item = upload(editor, "ATTACHMENT", file.getKey(), attachment(file.getKey()));
            assertThat(item.get("kind").asString()).isEqualTo("ATTACHMENT");
            assertThat(item.get("name").asString()).isEqualTo(file.getKey());
            HttpResponse<String> served = get(item.get("url").asString());
            assertThat(served.statusCode()).as(file.getKey()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).as(file.getKey()).hasValue(file.getValue());
            assertThat(served.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        }
    }

    @Test
    void aRenamedExecutableIsRefused() throws Exception {
        for (String name : List.of("report.pdf", "photo.jpg", "minutes.docx")) {
            String purpose = name.endsWith(".jpg") ? "IMAGE" : "ATTACHMENT";
            String error = refused(uploadRequest(purpose, name, MediaFixtures.executable()), 415);
            assertThat(error).as(name).startsWith(purpose.equals("IMAGE")
                            ? "This is not an image the site accepts (the file contains "
                            : "This type of file is not accepted as an attachment (the file contains ")
                    .doesNotContain("application/pdf", "image/jpeg", "officedocument");
        }
    }

    @Test
    void theTypeComesFromTheContentWhateverTheBrowserDeclares() throws Exception {
        StaffHttp staff = new StaffHttp(port, editor.getUsername(), TestContent.PASSWORD);

        // A PNG declared as a PDF, and named like one, is an image.
        byte[] png = MediaFixtures.png(64, 48, false);
        HttpResponse<String> image = staff.postFile("/admin/media/upload", "application/json", "scan.pdf",
                "application/pdf", png, png.length, "purpose", "IMAGE");
        assertThat(image.statusCode()).as(image.body()).isEqualTo(200);
        JsonNode item = JSON.readTree(image.body());
        assertThat(item.get("kind").asString()).isEqualTo("IMAGE");
        assertThat(item.get("family").asString()).isEqualTo("PNG");
        assertThat(mediaRepository.findBySha256(sha256(png)).orElseThrow().getFileType()).isEqualTo(FileType.PNG);
        assertThat(get(item.get("url").asString()).headers().firstValue("Content-Type")).hasValue("image/png");

        // ... and so not an attachment, however it is declared.
        byte[] otherPng = MediaFixtures.png(65, 48, false);
        HttpResponse<String> asAttachment = staff.postFile("/admin/media/upload", "application/json", "scan.pdf",
                "application/pdf", otherPng, otherPng.length, "purpose", "ATTACHMENT");
        assertThat(asAttachment.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(asAttachment.body()).get("detail").asString())
                .startsWith("This type of file is not accepted as an attachment").contains("image/png");
        assertThat(mediaRepository.findBySha256(sha256(otherPng))).isEmpty();

        // A PDF declared as an image is a PDF.
        byte[] pdf = MediaFixtures.pdf();
        HttpResponse<String> document = staff.postFile("/admin/media/upload", "application/json", "notice.pdf",
                "image/png", pdf, pdf.length, "purpose", "ATTACHMENT");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        JsonNode stored = JSON.readTree(document.body());
        assertThat(stored.get("family").asString()).isEqualTo("PDF");
        assertThat(get(stored.get("url").asString()).headers().firstValue("Content-Type")).hasValue("application/pdf");

        // An executable declared as a JPEG, or an SVG with a script declared as a PNG, is refused and not stored.
        byte[] executable = MediaFixtures.executable();
        HttpResponse<String> program = staff.postFile("/admin/media/upload", "application/json", "photo.jpg",
                "image/jpeg", executable, executable.length, "purpose", "IMAGE");
        assertThat(program.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(program.body()).get("detail").asString())
                .startsWith("This is not an image the site accepts (the file contains ").doesNotContain("image/jpeg");
        assertThat(mediaRepository.findBySha256(sha256(executable))).isEmpty();
        byte[] svg = MediaFixtures.svgWithScript();
        HttpResponse<String> script = staff.postFile("/admin/media/upload", "application/json", "logo.png",
                "image/png", svg, svg.length, "purpose", "IMAGE");
        assertThat(script.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(script.body()).get("detail").asString()).contains("scripts").contains("image/svg+xml");
        assertThat(mediaRepository.findBySha256(sha256(svg))).isEmpty();
    }

    @Test
    void svgAndHtmlAreRefusedWhateverTheyAreCalled() throws Exception {
        assertThat(refused(uploadRequest("IMAGE", "logo.svg", MediaFixtures.svgWithScript()), 415))
                .contains("SVG, HTML and other files that can contain scripts are not accepted").contains("image/svg+xml");
        assertThat(refused(uploadRequest("IMAGE", "logo.png", MediaFixtures.svgWithScript()), 415)).contains("scripts");
        assertThat(refused(uploadRequest("ATTACHMENT", "page.pdf", MediaFixtures.html()), 415)).contains("text/html");
    }

    @Test
    void anImageWhereAnAttachmentIsExpectedAndTheOtherWayRoundIsRefused() throws Exception {
        assertThat(refused(uploadRequest("IMAGE", "report.jpg", MediaFixtures.pdf()), 415))
                .contains("not an image the site accepts").contains("application/pdf");
        assertThat(refused(uploadRequest("ATTACHMENT", "photo.pdf", MediaFixtures.jpeg(10, 10)), 415))
                .contains("not accepted as an attachment");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeDecodingAndTakesNoHeap() throws Exception {
        // 50,000 × 50,000 pixels from a few kilobytes: refused with the sizes in the message. (The PNG decoder itself
        // would refuse this many pixels; this request also loads the image readers, about 14 MB the first time.)
        String error = refused(uploadRequest("IMAGE", "bomb.png", MediaFixtures.pngDeclaring(50_000, 50_000)), 422);
        assertThat(error).contains("50000 × 50000").contains("50 megapixels");

        // 8,000 × 8,000 (64 megapixels, 192 MB of pixels) the decoder would read: within the decoding budget that
        // still takes about 47 MB. Refused from its header, the whole request takes about 1 MB on its thread (MockMvc
        // runs it on this one).
        byte[] bomb = MediaFixtures.pngDeclaring(8_000, 8_000);
        assertThat(bomb.length).isLessThan(10_000);
        long before = allocated();

        error = refused(uploadRequest("IMAGE", "bomb.png", bomb), 422);

        assertThat(allocated() - before).as("bytes allocated by the request").isLessThan(8 * MEGABYTE);
        assertThat(error).contains("8000 × 8000").contains("50 megapixels");
    }

    @Test
    void aCorruptImageIsRefusedWithAMessageAndLeavesNothingBehind() throws Exception {
        byte[] corrupt = MediaFixtures.corruptJpeg();
        String sha256 = sha256(corrupt);
        List<Path> stagingBefore = stagingFiles();
        long before = allocated();

        String error = refused(uploadRequest("IMAGE", "broken.jpg", corrupt), 422);

        assertThat(error).isEqualTo("The image cannot be read: the file is damaged or not really an image.");
        assertThat(allocated() - before).as("bytes allocated by the request").isLessThan(32 * MEGABYTE);
        assertThat(mediaRepository.findBySha256(sha256)).isEmpty();
        assertThat(filesOf(sha256)).isEmpty();
        assertThat(stagingFiles()).containsExactlyInAnyOrderElementsOf(stagingBefore);
    }

    @Test
    void anImageOverTheLimitIsRefusedWithTheLimitInTheMessage() throws Exception {
        byte[] large = new byte[(int) (20 * MEGABYTE) + 1];
        byte[] start = MediaFixtures.jpeg(10, 10);
        System.arraycopy(start, 0, large, 0, start.length);

        assertThat(refused(uploadRequest("IMAGE", "huge.jpg", large), 413))
                .isEqualTo("The image is too large: images may be at most 20 MB.");
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() throws Exception {
        byte[] photo = MediaFixtures.jpeg(400, 300);
        JsonNode first = upload(editor, "IMAGE", "first.jpg", photo);
        JsonNode second = upload(editor, "IMAGE", "second-name.jpg", photo);

        assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(second.get("sha256").asString()).isEqualTo(sha256(photo));
        List<Path> originals = filesOf(first.get("sha256").asString()).stream()
                .filter(file -> file.toString().contains("originals")).toList();
        assertThat(originals).hasSize(1);
        assertThat(Files.readAllBytes(originals.get(0))).isEqualTo(photo);
        assertThat(mediaRepository.findBySha256In(List.of(sha256(photo)))).hasSize(1);
    }

    @Test
    void imagesGetRenditionsOnUploadWithOrientationApplied() throws Exception {
        JsonNode item = upload(editor, "IMAGE", "turned.jpg", MediaFixtures.jpegWithOrientation(1800, 900, 6));

        assertThat(item.get("width").asInt()).isEqualTo(900);
        assertThat(item.get("height").asInt()).isEqualTo(1800);
        String sha256 = item.get("sha256").asString();
        assertThat(filesOf(sha256)).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrder(sha256, "w320", "w800", "w900");
        HttpResponse<String> largest = get("/media/" + sha256 + "/w1600");
        assertThat(largest.statusCode()).isEqualTo(200);
        assertThat(largest.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(largest.headers().firstValue("ETag")).hasValue("\"" + sha256 + "-w900\"");
        assertThat(get("/media/" + sha256 + "/w500").statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingRenditionIsMadeOnFirstRequest() throws Exception {
        JsonNode item = upload(editor, "IMAGE", "later.jpg", MediaFixtures.jpeg(1000, 500));
        String sha256 = item.get("sha256").asString();
        storage.delete(MediaKeys.rendition(sha256, 320));

        assertThat(get("/media/" + sha256 + "/w320").statusCode()).isEqualTo(200);
        assertThat(storage.exists(MediaKeys.rendition(sha256, 320))).isTrue();
    }

    @Test
    void onlyStaffUploadAndAuthorsOnlyForTheirDepartments() throws Exception {
        byte[] photo = MediaFixtures.jpeg(50, 50);
        Department other = content.department();
        Article othersArticle = content.article(content.section(), other).en("Other department's news").draft().save();
        Article ownArticle = content.article(content.section(), department).en("Own news").draft().save();

        mvc.perform(uploadRequest("IMAGE", "a.jpg", photo)).andExpect(status().is3xxRedirection());
        mvc.perform(uploadRequest("IMAGE", "a.jpg", photo).with(as(author))).andExpect(status().isForbidden());
        mvc.perform(uploadRequest("IMAGE", "a.jpg", photo).param("departmentId", other.getId().toString()).with(as(author)))
                .andExpect(status().isForbidden());
        mvc.perform(uploadRequest("IMAGE", "a.jpg", photo).param("articleId", othersArticle.getId().toString()).with(as(author)))
                .andExpect(status().isForbidden());
        assertThat(mediaRepository.findBySha256(sha256(photo))).isEmpty();

        mvc.perform(uploadRequest("IMAGE", "a.jpg", photo).param("departmentId", department.getId().toString()).with(as(author)))
                .andExpect(status().isOk());
        MvcResult forArticle = mvc.perform(uploadRequest("ATTACHMENT", "b.pdf", MediaFixtures.pdf())
                .param("articleId", ownArticle.getId().toString()).with(as(author))).andExpect(status().isOk()).andReturn();
        long id = JSON.readTree(forArticle.getResponse().getContentAsString()).get("id").asLong();
        Media stored = mediaRepository.findById(id).orElseThrow();
        assertThat(stored.getDepartmentId()).isEqualTo(department.getId());
        assertThat(stored.getUploadedBy()).isEqualTo(author.getUsername());
    }

    @Test
    void theFileNameSentCannotNameAPlaceOnDisk() throws Exception {
        String marker = "evil-" + MediaFixtures.unique();
        JsonNode item = upload(editor, "ATTACHMENT", "../../../../../tmp/" + marker + ".pdf", MediaFixtures.pdf());
        JsonNode windows = upload(editor, "ATTACHMENT", "..\\..\\" + marker + ".pdf", MediaFixtures.pdf());

        assertThat(item.get("name").asString()).isEqualTo(marker + ".pdf");
        assertThat(windows.get("name").asString()).isEqualTo(marker + ".pdf");
        assertThat(Path.of("/tmp", marker + ".pdf")).doesNotExist();
        assertThat(filesOf(item.get("sha256").asString())).singleElement()
                .satisfies(file -> assertThat(file).startsWith(mediaRoot().resolve("originals")));
    }

    @Test
    void formParametersOfTheWrongKindAreBadRequests() throws Exception {
        for (String[] parameter : new String[][] {{"departmentId", "../1"}, {"articleId", "..%2f1"}, {"purpose", "../IMAGE"}}) {
            MvcResult result = mvc.perform(uploadRequest(parameter[0].equals("purpose") ? null : "IMAGE", "x.jpg",
                            MediaFixtures.jpeg(10, 10))
                    .param(parameter[0], parameter[1]).with(as(editor))).andReturn();
            assertThat(result.getResponse().getStatus()).as(parameter[0]).isEqualTo(400);
        }
    }

    private String refused(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request,
            int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request.with(as(editor))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expectedStatus);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
        return problem.get("detail").asString();
    }

    private static byte[] attachment(String name) {
        if (name.endsWith(".pdf")) {
            return MediaFixtures.pdf();
        } else if (name.endsWith(".docx")) {
            return MediaFixtures.ooxml("word/document.xml");
        } else if (name.endsWith(".xlsx")) {
            return MediaFixtures.ooxml("xl/workbook.xml");
        } else if (name.endsWith(".pptx")) {
            return MediaFixtures.ooxml("ppt/presentation.xml");
        } else if (name.endsWith(".zip")) {
            return MediaFixtures.zip();
        }
        return MediaFixtures.ole2();
    }

    static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
