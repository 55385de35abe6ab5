package org.campusnews.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A rendered page's bytes, plain and gzip-compressed once, with an optional slot where a live number goes. With a
 * slot, the compressed form is kept as two raw-deflate parts around it: serving joins them with the number as a
 * stored (uncompressed) deflate block, which a flush-aligned first part allows, so nothing is compressed per request;
 * only the gzip checksum is computed over the joined text.
 */
final class PageBody {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final byte[] head;
    private final byte[] tail;
    private final byte[] deflatedHead;
    private final byte[] deflatedTail;
    private final byte[] gzipped;

    private PageBody(byte[] head, byte[] tail, byte[] deflatedHead, byte[] deflatedTail, byte[] gzipped) {
        this.head = head;
        this.tail = tail;
        this.deflatedHead = deflatedHead;
        this.deflatedTail = deflatedTail;
        this.gzipped = gzipped;
    }

    static PageBody whole(byte[] page) {
        return new PageBody(page, null, null, null, gzipWhole(page));
    }

    /** Bytes that are compressed already (an image): kept as they are, never gzip-encoded. */
    static PageBody uncompressed(byte[] page) {
        return new PageBody(page, null, null, null, null);
    }

    /** The page split around its one slot; null when the slot is not found exactly once. */
    static PageBody withSlot(byte[] page, String slot) {
        byte[] marker = slot.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(page, marker, 0);
        if (at < 0 || indexOf(page, marker, at + marker.length) >= 0) {
            return null;
        }
        byte[] head = Arrays.copyOfRange(page, 0, at);
        byte[] tail = Arrays.copyOfRange(page, at + marker.length, page.length);
        return new PageBody(head, tail, deflate(head, false), deflate(tail, true), null);
    }

    boolean hasSlot() {
        return tail != null;
    }

    /** Writes the plain page with the slot filled, without joining its parts first. */
    void writePlain(String filling, OutputStream out) throws IOException {
        out.write(head);
        if (hasSlot()) {
            out.write(filling.getBytes(StandardCharsets.UTF_8));
            out.write(tail);
        }
    }

    /** The filling is a number, so its characters are its bytes. */
    int plainLength(String filling) {
        return hasSlot() ? head.length + filling.length() + tail.length : head.length;
    }

    byte[] plain(String filling) {
        if (!hasSlot()) {
            return head;
        }
        byte[] middle = filling.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(middle, 0, page, head.length, middle.length);
        System.arraycopy(tail, 0, page, head.length + middle.length, tail.length);
        return page;
    }

    byte[] gzip(String filling) {
        if (!hasSlot()) {
            return gzipped;
        }
        byte[] middle = filling.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(deflatedHead.length + deflatedTail.length + 64);
        out.writeBytes(GZIP_HEADER);
        out.writeBytes(deflatedHead);
        // A stored block that is not the last one: its header byte, then its length and the length's complement.
        out.write(0);
        out.write(middle.length & 0xff);
        out.write(middle.length >>> 8 & 0xff);
        out.write(~middle.length & 0xff);
        out.write(~middle.length >>> 8 & 0xff);
        out.writeBytes(middle);
        out.writeBytes(deflatedTail);
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(middle);
        crc.update(tail);
        writeTrailer(out, crc.getValue(), head.length + middle.length + tail.length);
        return out.toByteArray();
    }

    /** Bytes held, for the cache's size bound. */
    int weight() {
        return length(head) + length(tail) + length(deflatedHead) + length(deflatedTail) + length(gzipped) + 64;
    }

    private static byte[] gzipWhole(byte[] page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 3 + 32);
        out.writeBytes(GZIP_HEADER);
        out.writeBytes(deflate(page, true));
        CRC32 crc = new CRC32();
        crc.update(page);
        writeTrailer(out, crc.getValue(), page.length);
        return out.toByteArray();
    }

    /**
     * Raw deflate; a part that is not the last ends with a sync flush, which aligns it to a byte boundary so that
     * another block may follow it.
     */
    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int written = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
                if (last ? deflater.finished() : written < buffer.length && deflater.needsInput()) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static void writeTrailer(ByteArrayOutputStream out, long crc, long size) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (crc >>> (8 * i)) & 0xff);
        }
        for (int i = 0; i < 4; i++) {
            out.write((int) (size >>> (8 * i)) & 0xff);
        }
    }

    private static int indexOf(byte[] data, byte[] marker, int from) {
        outer:
        for (int i = from; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
