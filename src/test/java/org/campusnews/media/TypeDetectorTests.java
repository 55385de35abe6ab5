package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type comes from the content: names and declared types cannot change what a file is taken for. */
class TypeDetectorTests {

    private final TypeDetector detector = new TypeDetector();

    @TempDir
    Path directory;

    @Test
    void recognisesEveryAcceptedTypeByItsContent() throws IOException {
        assertThat(detect(MediaFixtures.jpeg(20, 10), "photo.jpg").type()).isEqualTo(FileType.JPEG);
        assertThat(detect(MediaFixtures.png(20, 10, false), "x").type()).isEqualTo(FileType.PNG);
        assertThat(detect(MediaFixtures.gif(20, 10), "x.gif").type()).isEqualTo(FileType.GIF);
        assertThat(detect(MediaFixtures.webp(), "x.webp").type()).isEqualTo(FileType.WEBP);
        assertThat(detect(MediaFixtures.pdf(), "report").type()).isEqualTo(FileType.PDF);
        assertThat(detect(MediaFixtures.zip(), "archive.zip").type()).isEqualTo(FileType.ZIP);
        assertThat(detect(MediaFixtures.ole2(), "minutes.doc").type()).isEqualTo(FileType.DOC);
        assertThat(detect(MediaFixtures.ole2(), "budget.xls").type()).isEqualTo(FileType.XLS);
        assertThat(detect(MediaFixtures.ole2(), "talk.ppt").type()).isEqualTo(FileType.PPT);
        assertThat(detect(MediaFixtures.ooxml("word/document.xml"), "minutes.docx").type()).isEqualTo(FileType.DOCX);
        assertThat(detect(MediaFixtures.ooxml("xl/workbook.xml"), "budget.xlsx").type()).isEqualTo(FileType.XLSX);
        assertThat(detect(MediaFixtures.ooxml("ppt/presentation.xml"), "talk.pptx").type()).isEqualTo(FileType.PPTX);
    }

    @Test
    void aNameCannotMakeAFileSomethingElse() throws IOException {
        assertThat(detect(MediaFixtures.executable(), "report.pdf").type()).isNull();
        assertThat(detect(MediaFixtures.executable(), "photo.jpg").type()).isNull();
        assertThat(detect(MediaFixtures.jpeg(10, 10), "report.pdf").type()).isEqualTo(FileType.JPEG);
        // An OLE2 file with an unrelated name is not taken for any Office type.
        assertThat(detect(MediaFixtures.ole2(), "report.pdf").type()).isNull();
        // A plain ZIP named .docx stays a ZIP: only the content proves an Office document.
        assertThat(detect(MediaFixtures.zip(), "minutes.docx").type()).isEqualTo(FileType.ZIP);
        byte[] unknown = new byte[2048];
        new java.util.Random(5).nextBytes(unknown);
        unknown[0] = 1;
        assertThat(detect(unknown, "report.pdf").type()).isNull();
    }

    @Test
    void scriptCarryingTypesAreMarkedActiveWhateverTheirName() throws IOException {
        assertThat(detect(MediaFixtures.svgWithScript(), "logo.png").active()).isTrue();
        assertThat(detect(MediaFixtures.svgWithScript(), "logo.svg").detected()).isEqualTo("image/svg+xml");
        assertThat(detect(MediaFixtures.html(), "page.pdf").active()).isTrue();
        assertThat(detect(MediaFixtures.html(), "page.pdf").type()).isNull();
    }

    @Test
    void anArchiveThatInflatesToHundredsOfMegabytesIsDetectedFromItsFirstBytesAlone() throws IOException {
        long inflated = 300L * 1024 * 1024;
        Path zip = MediaFixtures.writeZipBomb(directory.resolve("bomb.zip"), false, inflated);
        Path docx = MediaFixtures.writeZipBomb(directory.resolve("bomb.docx"), true, inflated);
        assertThat(Files.size(zip)).as("the archive is small").isLessThan(1024 * 1024);
        assertThat(detector.bytesRead()).as("bytes detection reads").isLessThanOrEqualTo(1024 * 1024);

        for (Object[] bomb : new Object[][] {{zip, "archive.zip", FileType.ZIP}, {docx, "minutes.docx", FileType.DOCX}}) {
            long allocatedBefore = allocated();
            long started = System.nanoTime();

            TypeDetector.Detection detection = detector.detect((Path) bomb[0], (String) bomb[1]);

            assertThat(detection.type()).isEqualTo(bomb[2]);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to detect " + bomb[1])
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(allocated() - allocatedBefore).as("bytes allocated to detect " + bomb[1])
                    .isLessThan(8 * 1024 * 1024);
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private TypeDetector.Detection detect(byte[] content, String name) throws IOException {
        Path file = Files.write(Files.createTempFile(directory, "f", ".bin"), content);
        return detector.detect(file, name);
    }
}
