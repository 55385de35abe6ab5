package org.campusnews.media;

import java.util.regex.Pattern;

/** Uploaded file names as they are shown and offered for download. */
final class FileNames {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\p{Cf}]");

    private FileNames() {
    }

    /**
     * The name to show and to offer for download: the last path segment only, without control characters, line
     * separators and invisible format characters (the bidirectional overrides, isolates and marks among them).
     */
    static String clean(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = visible(name).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - extension.length()) + extension;
        }
        return name;
    }

    /** {@code name} without control characters, line separators and invisible format characters. */
    static String visible(String name) {
        return name == null ? null : INVISIBLE.matcher(name).replaceAll("");
    }
}
