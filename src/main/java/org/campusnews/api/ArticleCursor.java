package org.campusnews.api;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.CRC32;

import org.campusnews.article.ReleasePosition;
import org.campusnews.web.BadRequestException;

/**
 * The {@code cursor} of an article list: the position its next page starts after, as 28 base64url characters (a
 * version, the release time in microseconds, the id and a checksum). Clients pass it back as they got it; a cursor
 * that was changed or cut short is refused rather than read as some other position.
 */
final class ArticleCursor {

    private static final byte VERSION = 1;
    private static final int LENGTH = 1 + 8 + 8 + 4;
    private static final int ENCODED_LENGTH = 28;
    /** Release times are stored in microseconds, up to the year 9999. */
    private static final long LATEST_MICROS = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() * 1_000_000;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String REFUSED = "The cursor is not one this API gave out; pass the 'next' value of the "
            + "previous page as it is, or leave the cursor out for the first page";

    private ArticleCursor() {
    }

    static String of(ReleasePosition position) {
        Instant time = position.releaseTime();
        long micros = time.getEpochSecond() * 1_000_000 + time.getNano() / 1_000;
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH).put(VERSION).putLong(micros).putLong(position.id());
        bytes.putInt((int) checksum(bytes.array()));
        return ENCODER.encodeToString(bytes.array());
    }

    /** The position a cursor stands for. */
    static ReleasePosition read(String cursor) {
        if (cursor.length() != ENCODED_LENGTH) {
            throw new BadRequestException(REFUSED);
        }
        byte[] decoded;
        try {
            decoded = DECODER.decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw new BadRequestException(REFUSED);
        }
        ByteBuffer bytes = ByteBuffer.wrap(decoded);
        if (decoded.length != LENGTH || bytes.get() != VERSION) {
            throw new BadRequestException(REFUSED);
        }
        long micros = bytes.getLong();
        long id = bytes.getLong();
        int check = bytes.getInt();
        if (check != (int) checksum(decoded) || id < 1 || micros < 0 || micros > LATEST_MICROS) {
            throw new BadRequestException(REFUSED);
        }
        return new ReleasePosition(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
    }

    private static long checksum(byte[] cursor) {
        CRC32 crc = new CRC32();
        crc.update("campusnews-articles".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(cursor, 0, LENGTH - 4);
        return crc.getValue();
    }
}
