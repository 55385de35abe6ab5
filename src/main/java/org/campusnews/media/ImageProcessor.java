package org.campusnews.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

import org.springframework.http.HttpStatus;

/**
 * Checks images and makes their renditions with ImageIO (the TwelveMonkeys plugins add WebP and the JPEGs the JDK
 * cannot read). The declared size is read from the header and checked before any pixel is decoded, so a small file
 * that declares a huge image is refused at no cost. Decoding reads a subsampled image when the original is large, so
 * that at most about {@value #DECODE_BUDGET_PIXELS} pixels are held, and at most {@value #CONCURRENT_JOBS} images are
 * decoded at once: however large or many the uploads, the heap they need stays bounded. Renditions have the EXIF
 * orientation applied and carry no metadata (they are written from pixels only).
 */
public class ImageProcessor {

    static final long DECODE_BUDGET_PIXELS = 16_000_000;
    static final int CONCURRENT_JOBS = 2;

    private static final float JPEG_QUALITY = 0.85f;

    private final long maxPixels;
    private final Semaphore jobs = new Semaphore(CONCURRENT_JOBS, true);

    public ImageProcessor(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** What an image header says, with width and height as shown (after the EXIF orientation). */
    public record Header(int width, int height, int orientation, boolean animated) {
    }

    /** The renditions made, by their actual width, as files still to be stored. */
    public record Rendered(Header header, String contentType, Map<Integer, Path> files) {
    }

    /** Something that hands out fresh files to write renditions into. */
    public interface StagingFiles {
        Path next() throws IOException;
    }

    /** Reads the header only; refuses images declaring more pixels than allowed, and files that are not readable. */
    public Header inspect(Path file, FileType type) {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = reader(type, in);
            try {
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw corrupt();
                }
                if (width * height > maxPixels) {
                    throw new MediaRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "media.error.tooManyPixels",
                            width, height, maxPixels / 1_000_000);
                }
                boolean animated = type == FileType.GIF && reader.getNumImages(true) > 1;
                int orientation = type == FileType.JPEG ? orientation(file) : 1;
                return orientation >= 5 ? new Header((int) height, (int) width, orientation, animated)
                        : new Header((int) width, (int) height, orientation, animated);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw corrupt();
        }
    }

    /**
     * Decodes the image once and writes a rendition for each requested width, none wider than the image: requests
     * above its width give one rendition at its own width.
     */
    public Rendered render(Path file, FileType type, List<Integer> widths, StagingFiles staging) throws IOException {
        Header header = inspect(file, type);
        TreeSet<Integer> targets = new TreeSet<>();
        widths.forEach(width -> targets.add(Math.min(width, header.width())));
        jobs.acquireUninterruptibly();
        try {
            BufferedImage image = orient(decode(file, type, header, targets.last()), header.orientation());
            boolean alpha = hasTransparency(image);
            String contentType = alpha ? "image/png" : "image/jpeg";
            Map<Integer, Path> files = new LinkedHashMap<>();
            BufferedImage current = image;
            for (int width : targets.descendingSet()) {
                int height = Math.max(1, (int) Math.round((double) width * header.height() / header.width()));
                current = scale(current, width, height, alpha);
                Path out = staging.next();
                write(current, alpha, out);
                files.put(width, out);
            }
            return new Rendered(header, contentType, files);
        } finally {
            jobs.release();
        }
    }

    private BufferedImage decode(Path file, FileType type, Header header, int largestTarget) {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = reader(type, in);
            try {
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // Keep at least twice the largest rendition's width for a clean downscale, within the decoding budget.
                int shown = header.width();
                int step = Math.max(1, shown / (2 * largestTarget));
                while ((long) (width / step) * (height / step) > DECODE_BUDGET_PIXELS) {
                    step++;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                    throw corrupt();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw corrupt();
        }
    }

    private static ImageInputStream open(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new IOException("Cannot read " + file);
        }
        return in;
    }

    private static ImageReader reader(FileType type, ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, true);
        return reader;
    }

    /** The EXIF orientation of a JPEG (1 to 8), 1 when it has none or it cannot be read. */
    static int orientation(Path file) {
        try (ImageInputStream in = open(file)) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                byte[] data;
                try (InputStream segmentData = segment.segmentData()) {
                    data = segmentData.readAllBytes();
                }
                int start = indexOfTiffHeader(data);
                if (start < 0) {
                    continue;
                }
                Directory exif = new TIFFReader().read(new ByteArrayImageInputStream(data, start, data.length - start));
                Entry entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number value && value.intValue() >= 1 && value.intValue() <= 8) {
                    return value.intValue();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // An image with unreadable EXIF is shown as stored.
        }
        return 1;
    }

    private static int indexOfTiffHeader(byte[] data) {
        for (int i = 0; i + 4 <= Math.min(data.length, 16); i++) {
            boolean intel = data[i] == 'I' && data[i + 1] == 'I' && data[i + 2] == 42 && data[i + 3] == 0;
            boolean motorola = data[i] == 'M' && data[i + 1] == 'M' && data[i + 2] == 0 && data[i + 3] == 42;
            if (intel || motorola) {
                return i;
            }
        }
        return -1;
    }

    /** Turns and mirrors the decoded pixels as EXIF orientation 2 to 8 asks. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean turned = orientation >= 5;
        BufferedImage oriented = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = oriented.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return oriented;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        WritableRaster alpha = image.getAlphaRaster();
        if (alpha == null) {
            // Indexed images with a transparent colour: check pixel by pixel.
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) >>> 24) != 0xff) {
                        return true;
                    }
                }
            }
            return false;
        }
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (int value : row) {
                if (value != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Halves the image while that stays above the target, then one bilinear step: sharp and free of aliasing. */
    private static BufferedImage scale(BufferedImage image, int width, int height, boolean alpha) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= width && h / 2 >= 1) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, alpha);
        }
        if (w != width || h != height || current.getType() != type(alpha)) {
            current = draw(current, width, height, alpha);
        }
        return current;
    }

    private static int type(boolean alpha) {
        return alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, type(alpha));
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                // Transparent parts of an image shown on white pages become white, not black.
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static void write(BufferedImage image, boolean alpha, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(alpha ? "png" : "jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!alpha) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static MediaRejectedException corrupt() {
        return new MediaRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "media.error.corrupt");
    }
}
