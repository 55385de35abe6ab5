package org.campusnews.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Small files of every kind, made in code rather than kept as binaries. */
public final class MediaFixtures {

    /** A 1×1 lossless WebP (the image browsers' feature tests use). */
    private static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    private MediaFixtures() {
    }

    /** A picture with a gradient and a few shapes, different for each seed. */
    public static BufferedImage picture(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        // A background of any colour but red (its red channel stays low), so that the red corner is the only red.
        g.setPaint(new GradientPaint(0, 0, notRed(random), width, height, notRed(random)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    private static Color notRed(Random random) {
        return new Color(random.nextInt(128), random.nextInt(256), random.nextInt(256));
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEED = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() & 0xffff) * 1000);

    /** Different on every call, so that each test's files are its own (the same content is stored only once). */
    public static int unique() {
        return SEED.incrementAndGet();
    }

    private static String uniqueText() {
        return java.util.UUID.randomUUID().toString();
    }

    public static byte[] jpeg(int width, int height) {
        return jpeg(width, height, unique());
    }

    public static byte[] jpeg(int width, int height, int seed) {
        return encode(picture(width, height, seed), "jpeg", 0.9f);
    }

    public static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(picture(width, height, unique()), 0, 0, null);
        if (transparent) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, 0, width / 2, height / 2);
        }
        g.dispose();
        return encode(image, "png", 0);
    }

    public static byte[] gif(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = image.createGraphics();
        g.drawImage(picture(width, height, unique()), 0, 0, null);
        g.dispose();
        return encode(image, "gif", 0);
    }

    public static byte[] webp() {
        return Base64.getDecoder().decode(WEBP_1X1);
    }

    public static byte[] encode(BufferedImage image, String format, float quality) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality > 0) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
            writer.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A JPEG with an EXIF block (APP1) saying how the camera was held: 6 means "turn 90° clockwise to show". */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(tiff);
            out.writeBytes("MM");
            out.writeShort(42);
            out.writeInt(8);          // first IFD right after the header
            out.writeShort(1);        // one entry
            out.writeShort(0x0112);   // Orientation
            out.writeShort(3);        // SHORT
            out.writeInt(1);
            out.writeShort(orientation);
            out.writeShort(0);
            out.writeInt(0);          // no next IFD
            out.writeBytes("CameraMaker Secret GPS 51.5N");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] exif = tiff.toByteArray();
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        result.write(plain, 0, 2); // SOI
        int length = 2 + 6 + exif.length;
        result.write(0xFF);
        result.write(0xE1);
        result.write(length >> 8);
        result.write(length & 0xff);
        result.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        result.writeBytes(exif);
        result.write(plain, 2, plain.length - 2);
        return result.toByteArray();
    }

    /** A tiny PNG whose header declares an enormous image: what a decompression bomb looks like before decoding. */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        try {
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.writeByte(8);  // bit depth
            ihdr.writeByte(2);  // truecolour
            ihdr.writeByte(0);
            ihdr.writeByte(0);
            ihdr.writeByte(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IHDR", header.toByteArray());
        // Rows of zeros compress to almost nothing: a few kilobytes would expand to gigabytes.
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1024 * 1024]);
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        byte[] data = new byte[length];
        System.arraycopy(buffer, 0, data, 0, length);
        chunk(png, "IDAT", data);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        DataOutputStream out = new DataOutputStream(png);
        try {
            out.writeInt(data.length);
            byte[] name = type.getBytes(StandardCharsets.US_ASCII);
            out.write(name);
            out.write(data);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts like a JPEG (so it is taken for one) and goes on with noise. */
    public static byte[] corruptJpeg() {
        byte[] start = jpeg(64, 64);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        byte[] corrupt = new byte[20 + noise.length];
        System.arraycopy(start, 0, corrupt, 0, 20);
        System.arraycopy(noise, 0, corrupt, 20, noise.length);
        return corrupt;
    }

    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                %""".concat(uniqueText()).getBytes(StandardCharsets.US_ASCII);
    }

    /** The header of an OLE2 compound file, the container of .doc, .xls and .ppt files. */
    public static byte[] ole2() {
        byte[] file = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, file, 0, signature.length);
        file[0x18] = 0x3E;
        file[0x1A] = 0x03;
        file[0x1C] = (byte) 0xFE;
        file[0x1D] = (byte) 0xFF;
        file[0x1E] = 0x09;
        byte[] id = uniqueText().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, file, 1024, id.length);
        return file;
    }

    /** An Office Open XML package (.docx, .xlsx, .pptx): a ZIP whose first entry is {@code [Content_Types].xml}. */
    public static byte[] ooxml(String mainPart) {
        return zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                mainPart, "<document id=\"" + uniqueText() + "\"/>");
    }

    public static byte[] zip() {
        return zip("readme.txt", "Hello " + uniqueText(), "data/numbers.csv", "1,2,3");
    }

    private static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a small archive whose last entry inflates to {@code inflatedSize} bytes of zeros (a "zip bomb"): a
     * 300 MB entry compresses to about 300 KB. As an Office Open XML package ({@code office}), its first entry is
     * {@code [Content_Types].xml} and the large one {@code word/document.xml}. Written as it is made, not held in
     * memory.
     */
    public static Path writeZipBomb(Path file, boolean office, long inflatedSize) {
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            if (office) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(office ? "word/document.xml" : "zeros-" + uniqueText() + ".bin"));
            for (long written = 0; written < inflatedSize; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflatedSize - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The start of a Windows executable (MZ header and PE signature). */
    public static byte[] executable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        for (int i = 0x84; i < exe.length; i++) {
            exe[i] = (byte) (i * 31);
        }
        return exe;
    }

    public static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script>
                  <rect width="10" height="10"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>Hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }
}
