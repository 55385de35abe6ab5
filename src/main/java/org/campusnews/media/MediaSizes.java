package org.campusnews.media;

import java.util.Locale;

/** File sizes as people read them: {@code 812 KB}, {@code 2.4 MB}. */
public final class MediaSizes {

    private MediaSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return (megabytes < 10 ? String.format(Locale.ROOT, "%.1f", megabytes) : Long.toString(Math.round(megabytes))) + " MB";
    }
}
