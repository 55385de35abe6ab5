package org.campusnews.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.campusnews.i18n.Language;

/**
 * One uploaded file, stored once however often it is uploaded: its content hash (SHA-256) names it in storage and in
 * its public address. What its content is never changes; only the alt texts do.
 */
@Entity
public class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10, updatable = false)
    private FileType fileType;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    /** Of an image as shown, after its EXIF orientation is applied; null for attachments. */
    private Integer width;

    private Integer height;

    /** A GIF with more than one frame: shown as it is, since its renditions keep only the first frame. */
    @Column(nullable = false)
    private boolean animated;

    /** {@code image/jpeg} or {@code image/png} (images with transparency); null for attachments. */
    @Column(name = "rendition_type", length = 20)
    private String renditionType;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "alt_zh", length = 300)
    private String altZh;

    @Column(name = "alt_en", length = 300)
    private String altEn;

    protected Media() {
    }

    Media(String sha256, FileType fileType, String originalName, long sizeBytes, Long departmentId, String uploadedBy,
            Instant uploadedAt) {
        this.sha256 = sha256;
        this.fileType = fileType;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.departmentId = departmentId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void describeImage(int width, int height, boolean animated, String renditionType) {
        this.width = width;
        this.height = height;
        this.animated = animated;
        this.renditionType = renditionType;
    }

    public String alt(Language language) {
        String alt = language == Language.ZH ? altZh : altEn;
        return alt == null ? "" : alt;
    }

    void setAlt(Language language, String alt) {
        String value = alt == null || alt.isBlank() ? null : alt.strip();
        if (language == Language.ZH) {
            altZh = value;
        } else {
            altEn = value;
        }
    }

    public boolean isImage() {
        return fileType.isImage();
    }

    public MediaKind getKind() {
        return fileType.kind();
    }

    /** The public address of the file as uploaded. */
    public String getUrl() {
        return "/media/" + sha256;
    }

    /** The public address of the rendition of (at most) this width. */
    public String renditionUrl(int width) {
        return "/media/" + sha256 + "/w" + width;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public FileType getFileType() {
        return fileType;
    }

    public String getContentType() {
        return fileType.contentType();
    }

    /**
     * The name the file was uploaded with, as shown and offered for download. Invisible format characters are left
     * out, as on upload (names stored before that may hold them): a right-to-left override cannot make
     * {@code invoice‮fdp.exe} show as {@code invoiceexe.pdf}.
     */
    public String getOriginalName() {
        return FileNames.visible(originalName);
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public boolean isAnimated() {
        return animated;
    }

    public String getRenditionType() {
        return renditionType;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getAltZh() {
        return altZh;
    }

    public String getAltEn() {
        return altEn;
    }
}
