package org.campusnews.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTests {

    private static final long MEGABYTE = 1024 * 1024;

    private final ImageProcessor processor = new ImageProcessor(50_000_000);

    @TempDir
    Path directory;

    @Test
    void makesRenditionsNoWiderThanTheImage() throws IOException {
        ImageProcessor.Rendered rendered = render(MediaFixtures.jpeg(2000, 1000), FileType.JPEG, List.of(320, 800, 1600));

        assertThat(rendered.contentType()).isEqualTo("image/jpeg");
        assertThat(rendered.files().keySet()).containsExactlyInAnyOrder(320, 800, 1600);
        assertThat(size(rendered.files().get(1600))).containsExactly(1600, 800);
        assertThat(size(rendered.files().get(320))).containsExactly(320, 160);

        ImageProcessor.Rendered small = render(MediaFixtures.jpeg(500, 300), FileType.JPEG, List.of(320, 800, 1600));
        assertThat(small.files().keySet()).containsExactlyInAnyOrder(320, 500);
        assertThat(size(small.files().get(500))).containsExactly(500, 300);
    }

    @Test
    void appliesTheExifOrientationAndStripsMetadata() throws IOException {
        byte[] turned = MediaFixtures.jpegWithOrientation(400, 200, 6);
        assertThat(new String(turned, StandardCharsets.ISO_8859_1)).contains("Exif", "Secret GPS");

        ImageProcessor.Rendered rendered = render(turned, FileType.JPEG, List.of(320, 800));

        assertThat(rendered.header().width()).isEqualTo(200);
        assertThat(rendered.header().height()).isEqualTo(400);
        Path shown = rendered.files().get(200);
        assertThat(size(shown)).containsExactly(200, 400);
        // Turned clockwise, the red top-left corner of the stored picture is now at the top right.
        BufferedImage image = ImageIO.read(shown.toFile());
        assertThat(isRed(image.getRGB(190, 10))).isTrue();
        assertThat(isRed(image.getRGB(10, 10))).isFalse();
        assertThat(isRed(image.getRGB(10, 390))).isFalse();
        String bytes = new String(Files.readAllBytes(shown), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Exif").doesNotContain("Secret GPS");
    }

    @Test
    void keepsTransparencyInPng() throws IOException {
        ImageProcessor.Rendered rendered = render(MediaFixtures.png(400, 200, true), FileType.PNG, List.of(320));
        assertThat(rendered.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(rendered.files().get(320).toFile());
        assertThat(image.getRGB(5, 5) >>> 24).isZero();

        assertThat(render(MediaFixtures.png(400, 200, false), FileType.PNG, List.of(320)).contentType()).isEqualTo("image/jpeg");
        assertThat(render(MediaFixtures.gif(100, 50), FileType.GIF, List.of(320)).files()).containsKey(100);
        assertThat(render(MediaFixtures.webp(), FileType.WEBP, List.of(320)).files()).containsKey(1);
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() throws IOException {
        // The decoder itself refuses 50,000 × 50,000 pixels; 8,000 × 8,000 it would read, taking about 47 MB.
        for (int side : new int[] {50_000, 8_000}) {
            Path bomb = write(MediaFixtures.pngDeclaring(side, side));
            assertThat(Files.size(bomb)).isLessThan(10_000);

            long before = allocated();
            assertThatThrownBy(() -> processor.render(bomb, FileType.PNG, List.of(320, 800, 1600), this::staging))
                    .isInstanceOfSatisfying(MediaRejectedException.class,
                            rejected -> assertThat(rejected.messageKey()).isEqualTo("media.error.tooManyPixels"));
            assertThat(allocated() - before).as("bytes allocated for " + side + " × " + side).isLessThan(16 * MEGABYTE);
        }
    }

    @Test
    void refusesACorruptImageWithoutExhaustingTheHeap() throws IOException {
        Path corrupt = write(MediaFixtures.corruptJpeg());

        long before = allocated();
        assertThatThrownBy(() -> processor.render(corrupt, FileType.JPEG, List.of(320), this::staging))
                .isInstanceOfSatisfying(MediaRejectedException.class,
                        rejected -> assertThat(rejected.messageKey()).isEqualTo("media.error.corrupt"));
        assertThat(allocated() - before).as("bytes allocated").isLessThan(16 * MEGABYTE);

        Path truncatedHeader = write(java.util.Arrays.copyOf(MediaFixtures.png(100, 100, false), 30));
        assertThatThrownBy(() -> processor.render(truncatedHeader, FileType.PNG, List.of(320), this::staging))
                .isInstanceOf(MediaRejectedException.class);
    }

    @Test
    void decodesLargeImagesSubsampledWithinABudget() throws IOException {
        // 6000 × 4000 = 24 megapixels, above the decoding budget: read at half resolution.
        Path large = write(MediaFixtures.jpeg(6000, 4000));
        long before = allocated();
        ImageProcessor.Rendered rendered = processor.render(large, FileType.JPEG, List.of(320, 800, 1600), this::staging);
        assertThat(size(rendered.files().get(1600))).containsExactly(1600, 1067);
        // A full decode alone would take 72 MB (3 bytes a pixel). With the renditions, the whole call allocates about
        // 85 MB subsampled and about 210 MB when decoded in full.
        assertThat(allocated() - before).as("bytes allocated").isLessThan(128 * MEGABYTE);
    }

    private ImageProcessor.Rendered render(byte[] content, FileType type, List<Integer> widths) throws IOException {
        return processor.render(write(content), type, widths, this::staging);
    }

    private Path staging() throws IOException {
        return Files.createTempFile(directory, "r", ".tmp");
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(directory, "in", ".bin"), content);
    }

    private static int[] size(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
    }

    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

}
