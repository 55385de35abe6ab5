package org.campusnews.media;

import java.util.Arrays;
import java.util.List;

/** What the media library filters by: an image format, or a kind of document (Word covers .doc and .docx …). */
public enum FileFamily {

    JPEG(MediaKind.IMAGE), PNG(MediaKind.IMAGE), WEBP(MediaKind.IMAGE), GIF(MediaKind.IMAGE),
    PDF(MediaKind.ATTACHMENT), WORD(MediaKind.ATTACHMENT), EXCEL(MediaKind.ATTACHMENT),
    POWERPOINT(MediaKind.ATTACHMENT), ZIP(MediaKind.ATTACHMENT);

    private final MediaKind kind;

    FileFamily(MediaKind kind) {
        this.kind = kind;
    }

    public MediaKind kind() {
        return kind;
    }

    public List<FileType> types() {
        return Arrays.stream(FileType.values()).filter(type -> type.family() == this).toList();
    }

    public static List<FileFamily> of(MediaKind kind) {
        return Arrays.stream(values()).filter(family -> family.kind == kind).toList();
    }
}
