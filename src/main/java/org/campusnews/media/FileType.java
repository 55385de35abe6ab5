package org.campusnews.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the site accepts, each recognised by its content (see {@link TypeDetector}), never by its name.
 * Images are shown in pages and get resized renditions; the others are attachments, offered for download.
 */
public enum FileType {

    JPEG("image/jpeg", "jpg", FileFamily.JPEG),
    PNG("image/png", "png", FileFamily.PNG),
    WEBP("image/webp", "webp", FileFamily.WEBP),
    GIF("image/gif", "gif", FileFamily.GIF),
    PDF("application/pdf", "pdf", FileFamily.PDF),
    DOC("application/msword", "doc", FileFamily.WORD),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", FileFamily.WORD),
    XLS("application/vnd.ms-excel", "xls", FileFamily.EXCEL),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", FileFamily.EXCEL),
    PPT("application/vnd.ms-powerpoint", "ppt", FileFamily.POWERPOINT),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", FileFamily.POWERPOINT),
    ZIP("application/zip", "zip", FileFamily.ZIP);

    private final String contentType;
    private final String extension;
    private final FileFamily family;

    FileType(String contentType, String extension, FileFamily family) {
        this.contentType = contentType;
        this.extension = extension;
        this.family = family;
    }

    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public FileFamily family() {
        return family;
    }

    public MediaKind kind() {
        return family.kind();
    }

    public boolean isImage() {
        return kind() == MediaKind.IMAGE;
    }
}
