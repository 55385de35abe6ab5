package org.campusnews.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.campusnews.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploads: who may upload for what, and how a file is checked and stored.
 * <p>
 * An upload is copied to a staging file while its SHA-256 is computed, its type is decided from its content, an image
 * is checked and its renditions made; only then are the files moved into storage (each in one atomic step) and the
 * database row written. A failure at any point removes what this upload created: no half file, no row without its file.
 * The same content uploaded again is stored once and answers with the existing item.
 */
@Service
public class MediaUploads {

    static final String SYSTEM_UPLOADER = "system";

    private final MediaRepository media;
    private final MediaStorage storage;
    private final TypeDetector detector;
    private final ImageProcessor images;
    private final UploadTargets articles;
    private final DepartmentRepository departments;
    private final TransactionTemplate transaction;
    private final CampusNewsProperties.Media settings;
    private final Clock clock;

    MediaUploads(MediaRepository media, MediaStorage storage, TypeDetector detector, ImageProcessor images,
            UploadTargets articles, DepartmentRepository departments, TransactionTemplate transaction,
            CampusNewsProperties properties, Clock clock) {
        this.media = media;
        this.storage = storage;
        this.detector = detector;
        this.images = images;
        this.articles = articles;
        this.departments = departments;
        this.transaction = transaction;
        this.settings = properties.media();
        this.clock = clock;
    }

    /** Checks, stores and records one upload; throws {@link MediaRejectedException} with the reason when refused. */
    public Media upload(UploadRequest upload, Staff staff) {
        return receiveAndStore(upload, authorize(upload, staff), staff.getUsername());
    }

    /**
     * Stores a file that the application itself brings (demo content, imports), with the same checks as an upload;
     * recorded as uploaded by {@value #SYSTEM_UPLOADER}.
     */
    public Media importFile(UploadRequest upload) {
        return receiveAndStore(upload, upload.departmentId(), SYSTEM_UPLOADER);
    }

    private Media receiveAndStore(UploadRequest upload, Long departmentId, String uploader) {
        long limit = limitFor(upload.purpose()).toBytes();
        if (upload.size() > limit) {
            throw tooLarge(upload.purpose());
        }
        String name = FileNames.clean(upload.originalName());
        try (StagedFiles staged = new StagedFiles(storage)) {
            Path file = staged.next();
            Received received = receive(upload, file, limit);
            FileType type = checkType(file, name, upload.purpose());
            Optional<Media> existing = media.findBySha256(received.sha256());
            if (existing.isPresent()) {
                // Already stored: nothing new is kept, unless the stored file itself went missing.
                if (!storage.exists(MediaKeys.original(received.sha256()))) {
                    storage.put(MediaKeys.original(received.sha256()), file);
                }
                return existing.get();
            }
            ImageProcessor.Rendered rendered = type.isImage()
                    ? images.render(file, type, settings.renditionWidths(), staged)
                    : null;
            return store(received, type, name, rendered, departmentId, upload, uploader);
        } catch (IOException e) {
            throw new UncheckedIOException("Upload of " + name + " failed", e);
        }
    }

    private Media store(Received received, FileType type, String name, ImageProcessor.Rendered rendered, Long departmentId,
            UploadRequest upload, String uploader) throws IOException {
        String sha256 = received.sha256();
        List<String> created = new ArrayList<>();
        try {
            if (rendered != null) {
                for (Map.Entry<Integer, Path> rendition : rendered.files().entrySet()) {
                    String key = MediaKeys.rendition(sha256, rendition.getKey());
                    if (storage.put(key, rendition.getValue())) {
                        created.add(key);
                    }
                }
            }
            String key = MediaKeys.original(sha256);
            if (storage.put(key, received.file())) {
                created.add(key);
            }
            return record(received, type, name, rendered, departmentId, upload, uploader);
        } catch (IOException | RuntimeException failure) {
            // Nothing of this upload stays behind, unless the same file was recorded meanwhile by another upload.
            if (media.findBySha256(sha256).isEmpty()) {
                for (String key : created) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        failure.addSuppressed(e);
                    }
                }
            }
            throw failure;
        }
    }

    private Media record(Received received, FileType type, String name, ImageProcessor.Rendered rendered, Long departmentId,
            UploadRequest upload, String uploader) {
        try {
            return transaction.execute(status -> {
                Media item = new Media(received.sha256(), type, name, received.size(), departmentId, uploader,
                        clock.instant());
                if (rendered != null) {
                    item.describeImage(rendered.header().width(), rendered.header().height(), rendered.header().animated(),
                            rendered.contentType());
                }
                item.setAlt(Language.ZH, upload.altZh());
                item.setAlt(Language.EN, upload.altEn());
                return media.saveAndFlush(item);
            });
        } catch (DataIntegrityViolationException sameContentMeanwhile) {
            return media.findBySha256(received.sha256()).orElseThrow(() -> sameContentMeanwhile);
        }
    }

    private record Received(Path file, String sha256, long size) {
    }

    /** Copies the upload to the staging file, hashing it, and stops as soon as it exceeds the limit. */
    private Received receive(UploadRequest upload, Path file, long limit) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new DigestInputStream(upload.content().getInputStream(), digest);
                OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > limit) {
                    throw tooLarge(upload.purpose());
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw new MediaRejectedException(HttpStatus.BAD_REQUEST, "media.error.empty");
        }
        return new Received(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** The type from the content (never from the name or the declared Content-Type), which must suit the purpose. */
    private FileType checkType(Path file, String name, MediaKind purpose) throws IOException {
        TypeDetector.Detection detection = detector.detect(file, name);
        if (detection.active()) {
            throw new MediaRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media.error.active", detection.detected());
        }
        FileType type = detection.type();
        if (type == null) {
            throw new MediaRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    purpose == MediaKind.IMAGE ? "media.error.imageType" : "media.error.attachmentType", detection.detected());
        }
        if (type.kind() != purpose) {
            throw new MediaRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    purpose == MediaKind.IMAGE ? "media.error.imageType" : "media.error.attachmentType", type.contentType());
        }
        return type;
    }

    private DataSize limitFor(MediaKind purpose) {
        return purpose == MediaKind.IMAGE ? settings.maxImageSize() : settings.maxAttachmentSize();
    }

    private MediaRejectedException tooLarge(MediaKind purpose) {
        return new MediaRejectedException(HttpStatus.CONTENT_TOO_LARGE,
                purpose == MediaKind.IMAGE ? "media.error.imageTooLarge" : "media.error.attachmentTooLarge",
                MediaSizes.format(limitFor(purpose).toBytes()));
    }

    /**
     * Who may upload for what: for an existing article, whoever may edit it; otherwise for one of one's departments.
     * Editors and administrators may also upload to the library without naming a department.
     *
     * @return the department the file is uploaded for
     */
    private Long authorize(UploadRequest upload, Staff staff) {
        if (upload.articleId() != null) {
            UploadTargets.Target target = articles.forArticle(upload.articleId(), staff);
            if (target instanceof UploadTargets.Allowed allowed) {
                return allowed.departmentId();
            }
            if (target instanceof UploadTargets.Refused) {
                throw new AccessDeniedException(staff.getUsername() + " may not add media to article " + upload.articleId());
            }
            throw new NotFoundException("No article " + upload.articleId());
        }
        if (upload.departmentId() != null) {
            if (!departments.existsById(upload.departmentId())) {
                throw new MediaRejectedException(HttpStatus.BAD_REQUEST, "media.error.noDepartment",
                        upload.departmentId().toString());
            }
            if (!staff.worksFor(upload.departmentId())) {
                throw new AccessDeniedException(staff.getUsername() + " does not work for department " + upload.departmentId());
            }
            return upload.departmentId();
        }
        if (!staff.canPublish()) {
            throw new AccessDeniedException("Authors upload for an article or a department of theirs");
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
