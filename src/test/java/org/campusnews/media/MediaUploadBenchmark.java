package org.campusnews.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.campusnews.security.StaffPrincipal;
import org.campusnews.user.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a 10 MB JPEG upload costs: time and heap, for the whole upload (hashing, type detection, header checks,
 * decoding, three renditions, storing, the database row), against reading the same file into a byte array as the
 * baseline measured in the same run. Run it with {@code ./mvnw -Pbenchmark test -Dtest=MediaUploadBenchmark}; the
 * figures are printed and written to {@code target/benchmark/media-upload.txt}.
 * <p>
 * Peak heap is how far the heap in use rose above what was in use when the work started (after a full collection):
 * the sum of the heap pools' peak usage, whose peaks are reset at the start, less the usage at the start. It counts
 * garbage not yet collected as well as live data. "Allocated" is what the measuring thread allocated.
 */
@Tag("benchmark")
class MediaUploadBenchmark extends MediaTestSupport {

    private static final int ROUNDS = 5;
    private static final long TARGET_SIZE = 10L * 1024 * 1024;

    @Autowired
    MediaUploads media;

    @Autowired
    UserDetailsService users;

    @Test
    void tenMegabyteJpeg() throws IOException {
        StaffPrincipal editor = (StaffPrincipal) users.loadUserByUsername(content.staff(Role.EDITOR).getUsername());
        Path directory = Files.createDirectories(Path.of("target/benchmark"));
        Path photo = tenMegabytePhoto(directory.resolve("photo-10mb.jpg"));
        long size = Files.size(photo);

        List<Measure> baseline = new ArrayList<>();
        List<Measure> upload = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            baseline.add(measure(() -> Files.readAllBytes(photo).length));
            // A different last byte after the end of the image makes each round a new file (no deduplication).
            Files.write(photo, new byte[] {(byte) round, (byte) System.nanoTime()}, StandardOpenOption.APPEND);
            long length = Files.size(photo);
            upload.add(measure(() -> media.upload(new UploadRequest(MediaKind.IMAGE, "photo-10mb.jpg", length,
                    new FileSystemResource(photo), null, null, "A photo", "A photo"), editor).getId()));
        }

        Measure read = Measure.median(baseline);
        Measure uploaded = Measure.median(upload);
        java.awt.Dimension dimension = dimensions(photo);
        String report = String.join(System.lineSeparator(),
                String.format(Locale.ROOT, "Upload of a %.1f MB JPEG (%d x %d), median of %d rounds; JVM max heap %d MB",
                        size / 1048576.0, dimension.width, dimension.height, ROUNDS, Runtime.getRuntime().maxMemory() >> 20),
                String.format(Locale.ROOT, "%-46s %10s %15s %15s", "", "time", "peak heap rise", "allocated"),
                row("baseline: read the file into a byte array", read, read),
                row("upload: check, 3 renditions, store, record", uploaded, read),
                "");
        System.out.println(report);
        Files.writeString(directory.resolve("media-upload.txt"), report);
    }

    private static String row(String label, Measure measure, Measure baseline) {
        return String.format(Locale.ROOT, "%-46s %7.0f ms %8.1f MB %5.1fx %8.1f MB %5.1fx", label, measure.millis(),
                measure.peakHeap() / 1048576.0, (double) measure.peakHeap() / baseline.peakHeap(),
                measure.allocated() / 1048576.0, (double) measure.allocated() / baseline.allocated())
                + String.format(Locale.ROOT, "  (time %.1fx)", measure.millis() / baseline.millis());
    }

    private interface Work {
        Object run() throws IOException;
    }

    record Measure(double millis, long peakHeap, long allocated) {

        static Measure median(List<Measure> measures) {
            double[] times = measures.stream().mapToDouble(Measure::millis).sorted().toArray();
            long[] peaks = measures.stream().mapToLong(Measure::peakHeap).sorted().toArray();
            long[] allocations = measures.stream().mapToLong(Measure::allocated).sorted().toArray();
            int middle = measures.size() / 2;
            return new Measure(times[middle], peaks[middle], allocations[middle]);
        }
    }

    private static Measure measure(Work work) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long inUse = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        work.run();
        double millis = (System.nanoTime() - start) / 1e6;
        long allocated = allocated() - allocatedBefore;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - inUse;
        return new Measure(millis, peak, allocated);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** A 24-megapixel camera-like picture (gradient with fine noise), at the JPEG quality that makes it about 10 MB. */
    private static Path tenMegabytePhoto(Path file) throws IOException {
        BufferedImage image = MediaFixtures.picture(6000, 4000, 11);
        Random random = new Random(11);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int noise = random.nextInt(24) - 12;
                int r = clamp(((row[x] >> 16) & 0xff) + noise);
                int g = clamp(((row[x] >> 8) & 0xff) + noise);
                int b = clamp((row[x] & 0xff) + noise);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        byte[] best = null;
        for (float quality : new float[] {0.75f, 0.8f, 0.85f, 0.9f, 0.93f, 0.95f, 0.97f}) {
            byte[] encoded = MediaFixtures.encode(image, "jpeg", quality);
            if (best == null || Math.abs(encoded.length - TARGET_SIZE) < Math.abs(best.length - TARGET_SIZE)) {
                best = encoded;
            }
            if (encoded.length > TARGET_SIZE) {
                break;
            }
        }
        return Files.write(file, best);
    }

    private static java.awt.Dimension dimensions(Path file) throws IOException {
        try (var in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return new java.awt.Dimension(reader.getWidth(0), reader.getHeight(0));
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
