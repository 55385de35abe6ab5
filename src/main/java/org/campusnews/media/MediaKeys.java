package org.campusnews.media;

import java.util.regex.Pattern;

/** The storage keys of a file and its renditions, made from its SHA-256 only, so no user input ever names a file. */
public final class MediaKeys {

    /** What a content hash looks like in keys and public addresses: 64 lowercase hexadecimal digits. */
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private MediaKeys() {
    }

    public static String original(String sha256) {
        return "originals/" + checked(sha256).substring(0, 2) + "/" + sha256;
    }

    public static String rendition(String sha256, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("Not a width: " + width);
        }
        return "renditions/" + checked(sha256).substring(0, 2) + "/" + sha256 + "/w" + width;
    }

    private static String checked(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return sha256;
    }
}
