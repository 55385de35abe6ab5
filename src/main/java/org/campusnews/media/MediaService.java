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
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleRepository;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.security.StaffPrincipal;
import org.campusnews.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploads, the media library and the files behind the public media addresses.
 * <p>
 * An upload is copied to a staging file while its SHA-256 is computed, its type is decided from its content, an image
 * is checked and its renditions made; only then are the files moved into storage (each in one atomic step) and the
 * database row written. A failure at any point removes what this upload created: no half file, no row without its file.
 * The same content uploaded again is stored once and answers with the existing item.
 */
@Service
public class MediaService {

    static final String SYSTEM_UPLOADER = "system";

    public static final int LIBRARY_PAGE_SIZE = 24;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\p{Cf}]");

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaRepository media;
    private final MediaStorage storage;
    private final TypeDetector detector;
    private final ImageProcessor images;
    private final ArticleRepository articles;
    private final ArticleAdminService articleAdmin;
    private final DepartmentRepository departments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CampusNewsProperties.Media settings;
    private final Clock clock;
    private final Map<String, Object> renditionLocks = new ConcurrentHashMap<>();

    MediaService(MediaRepository media, MediaStorage storage, TypeDetector detector, ImageProcessor images,
            ArticleRepository articles, ArticleAdminService articleAdmin, DepartmentRepository departments, JdbcClient jdbc,
            TransactionTemplate transaction, CampusNewsProperties properties, Clock clock) {
        this.media = media;
        this.storage = storage;
        this.detector = detector;
        this.images = images;
        this.articles = articles;
        this.articleAdmin = articleAdmin;
        this.departments = departments;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = properties.media();
        this.clock = clock;
    }

    public CampusNewsProperties.Media settings() {
        return settings;
    }

    public DataSize limitFor(MediaKind purpose) {
        return purpose == MediaKind.IMAGE ? settings.maxImageSize() : settings.maxAttachmentSize();
    }

    /** Checks, stores and records one upload; throws {@link MediaRejectedException} with the reason when refused. */
    public Media upload(UploadRequest upload, StaffPrincipal staff) {
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
        String name = cleanName(upload.originalName());
        List<Path> staged = new ArrayList<>();
        try {
            Path file = storage.createStagingFile();
            staged.add(file);
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
                    ? images.render(file, type, settings.renditionWidths(), () -> stage(staged))
                    : null;
            return store(received, type, name, rendered, departmentId, upload, uploader);
        } catch (IOException e) {
            throw new UncheckedIOException("Upload of " + name + " failed", e);
        } finally {
            for (Path file : staged) {
                deleteQuietly(file);
            }
        }
    }

    private Path stage(List<Path> staged) throws IOException {
        Path file = storage.createStagingFile();
        staged.add(file);
        return file;
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
    private Long authorize(UploadRequest upload, StaffPrincipal staff) {
        if (upload.articleId() != null) {
            Article article = articles.findById(upload.articleId())
                    .orElseThrow(() -> new NotFoundException("No article " + upload.articleId()));
            if (!articleAdmin.canEdit(article, staff)) {
                throw new AccessDeniedException(staff.getUsername() + " may not add media to article " + upload.articleId());
            }
            return article.getDepartment().getId();
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

    /**
     * The name to show and to offer for download: the last path segment only, without control characters, line
     * separators and invisible format characters (the bidirectional overrides, isolates and marks among them).
     */
    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = visibleName(name).strip();
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
    static String visibleName(String name) {
        return name == null ? null : INVISIBLE.matcher(name).replaceAll("");
    }

    // Reading

    @Transactional(readOnly = true)
    public Media get(long id) {
        return media.findById(id).orElseThrow(() -> new NotFoundException("No media " + id));
    }

    /** The items with these ids, in the order of the ids; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Media> inOrder(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Media> found = media.findAllById(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(Media::getId, Function.identity()));
        return new LinkedHashSet<>(ids).stream().map(found::get).filter(item -> item != null).toList();
    }

    /** One page (from 1) of the library, newest first, optionally narrowed by kind, family and a part of the name. */
    @Transactional(readOnly = true)
    public Page<Media> library(MediaKind kind, FileFamily family, String nameContains, int page) {
        Specification<Media> specification = (root, query, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (family != null) {
                where.add(root.get("fileType").in(family.types()));
            } else if (kind != null) {
                where.add(root.get("fileType").in(java.util.Arrays.stream(FileType.values())
                        .filter(type -> type.kind() == kind).toList()));
            }
            if (nameContains != null && !nameContains.isBlank()) {
                String pattern = "%" + nameContains.strip().toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(builder.like(builder.lower(root.get("originalName")), pattern, '\\'));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
        return media.findAll(specification, PageRequest.of(page - 1, LIBRARY_PAGE_SIZE,
                Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id"))));
    }

    /** Where each of these items is used, keyed by item id; items used nowhere are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<MediaUsage>> usages(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<MediaUsage> rows = jdbc.sql("""
                        select u.media_id, u.article_id, u.role, t.title, a.deleted_at is not null as deleted
                        from (
                            select cover_media_id as media_id, id as article_id, 'COVER' as role from article
                            where cover_media_id in (:ids)
                            union all
                            select media_id, article_id, 'BODY' from article_body_media where media_id in (:ids)
                            union all
                            select media_id, article_id, 'ATTACHMENT' from article_attachment where media_id in (:ids)
                        ) u
                        join article a on a.id = u.article_id
                        left join lateral (
                            select title from article_translation t where t.article_id = u.article_id
                            order by t.original desc, t.lang limit 1
                        ) t on true
                        order by u.media_id, u.article_id desc, u.role""")
                .param("ids", ids)
                .query((rs, n) -> new MediaUsage(rs.getLong(1), rs.getLong(2), MediaUsage.Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
        Map<Long, List<MediaUsage>> byMedia = new LinkedHashMap<>();
        for (MediaUsage usage : rows) {
            byMedia.computeIfAbsent(usage.mediaId(), id -> new ArrayList<>()).add(usage);
        }
        return byMedia;
    }

    public boolean canDelete(Media item, StaffPrincipal staff) {
        return staff.canPublish() || staff.getUsername().equals(item.getUploadedBy());
    }

    /** Deletes an item no article uses; refuses with {@link MediaInUseException} while one does. */
    @Transactional
    public void delete(long id, StaffPrincipal staff) {
        Media item = media.findById(id).orElseThrow(() -> new NotFoundException("No media " + id));
        if (!canDelete(item, staff)) {
            throw new AccessDeniedException(staff.getUsername() + " may not delete media " + id);
        }
        jdbc.sql("select id from media where id = :id for update").param("id", id).query(Long.class).single();
        List<MediaUsage> used = usages(List.of(id)).getOrDefault(id, List.of());
        if (!used.isEmpty()) {
            throw new MediaInUseException(used.size());
        }
        media.delete(item);
        media.flush();
        Set<String> keys = new TreeSet<>();
        keys.add(MediaKeys.original(item.getSha256()));
        if (item.isImage()) {
            for (int width : settings.renditionWidths()) {
                keys.add(MediaKeys.rendition(item.getSha256(), Math.min(width, item.getWidth())));
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (String key : keys) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        log.warn("Could not delete media file {}; it is no longer used", key, e);
                    }
                }
            }
        });
    }

    // Serving

    /** The file as uploaded, by its content hash. */
    public Optional<MediaServed> original(String sha256) {
        return media.findBySha256(sha256).flatMap(item -> storage.get(MediaKeys.original(sha256))
                .map(resource -> new MediaServed(resource, item.getContentType(), sha256,
                        item.isImage() ? null : item.getOriginalName())));
    }

    /**
     * The rendition of an image for one of the configured widths (at most the image's own width), made now and kept
     * if it is missing (for instance after the widths were changed).
     */
    public Optional<MediaServed> rendition(String sha256, int width) {
        if (!settings.renditionWidths().contains(width)) {
            return Optional.empty();
        }
        Optional<Media> found = media.findBySha256(sha256).filter(Media::isImage);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Media item = found.get();
        int actual = Math.min(width, item.getWidth());
        String key = MediaKeys.rendition(sha256, actual);
        Optional<Resource> stored = storage.get(key);
        if (stored.isEmpty()) {
            stored = makeRendition(item, actual, key);
        }
        return stored.map(resource -> new MediaServed(resource, item.getRenditionType(), sha256 + "-w" + actual, null));
    }

    private Optional<Resource> makeRendition(Media item, int width, String key) {
        Object lock = renditionLocks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                Optional<Resource> made = storage.get(key);
                if (made.isPresent()) {
                    return made;
                }
                Optional<Resource> original = storage.get(MediaKeys.original(item.getSha256()));
                if (original.isEmpty()) {
                    return Optional.empty();
                }
                List<Path> staged = new ArrayList<>();
                try {
                    Path source;
                    if (original.get().isFile()) {
                        source = original.get().getFile().toPath();
                    } else {
                        source = stage(staged);
                        try (InputStream in = original.get().getInputStream()) {
                            Files.copy(in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                    ImageProcessor.Rendered rendered = images.render(source, item.getFileType(), List.of(width), () -> stage(staged));
                    for (Map.Entry<Integer, Path> file : rendered.files().entrySet()) {
                        storage.put(MediaKeys.rendition(item.getSha256(), file.getKey()), file.getValue());
                    }
                    return storage.get(key);
                } finally {
                    staged.forEach(MediaService::deleteQuietly);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make " + key, e);
            } finally {
                renditionLocks.remove(key);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the staging file {}", file, e);
        }
    }
}
