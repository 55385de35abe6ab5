package org.campusnews.qrcode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.campusnews.article.PublicVersion;

/**
 * The QR code of a public article page's canonical address, as a PNG image.
 *
 * @param address what the code says: the page's absolute address, from {@code campusnews.site.url}
 */
public record ArticleQrCode(PublicVersion version, String address, byte[] png) {

    /** A strong validator of the image's bytes. */
    public String etag() {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
