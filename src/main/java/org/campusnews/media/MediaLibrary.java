package org.campusnews.media;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.campusnews.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * What staff see of the stored files: the library page (newest first, narrowed by kind, format and name, with where
 * each file is used), the editor's pickers, and the cover and attachments an article editor shows.
 */
@Service
public class MediaLibrary {

    public static final int PAGE_SIZE = 24;

    private static final DateTimeFormatter UPLOADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MediaRepository media;
    private final MediaUses uses;
    private final MediaViews views;
    private final DepartmentRepository departments;
    private final CampusNewsProperties.Media settings;
    private final Clock clock;

    MediaLibrary(MediaRepository media, MediaUses uses, MediaViews views, DepartmentRepository departments,
            CampusNewsProperties properties, Clock clock) {
        this.media = media;
        this.uses = uses;
        this.views = views;
        this.departments = departments;
        this.settings = properties.media();
        this.clock = clock;
    }

    /**
     * One page (from 1) of the library as this staff member sees it, in this language; a page after the last is not
     * found (the first page always exists, even when empty).
     */
    @Transactional(readOnly = true)
    public LibraryPage page(MediaKind kind, FileFamily family, String nameContains, int page, Staff staff,
            Language language) {
        Page<Media> found = find(kind, family, nameContains, page);
        if (page > 1 && page > found.getTotalPages()) {
            throw new NotFoundException("No page " + page);
        }
        Map<Long, List<MediaUsage>> used = uses.of(found.getContent().stream().map(Media::getId).toList());
        Page<LibraryItem> items = found.map(item -> libraryItem(item, used.getOrDefault(item.getId(), List.of()), staff,
                language));
        return new LibraryPage(items, FileFamily.of(kind), uploadOptions(staff, language));
    }

    /** One page (from 1) of items for the editor's pickers, newest first. */
    @Transactional(readOnly = true)
    public Page<MediaItem> search(MediaKind kind, FileFamily family, String nameContains, int page) {
        return find(kind, family, nameContains, page).map(item -> MediaItem.of(item, views));
    }

    /** The latest images, for the rich-text editor's image dialog. */
    @Transactional(readOnly = true)
    public List<MediaItem> latestImages() {
        return search(MediaKind.IMAGE, null, null, 1).getContent();
    }

    /** The cover and attachments an article editor shows, and the upload limits. */
    @Transactional(readOnly = true)
    public EditorMedia forEditor(Long coverId, List<Long> attachmentIds) {
        List<Long> ids = new ArrayList<>();
        if (coverId != null) {
            ids.add(coverId);
        }
        if (attachmentIds != null) {
            ids.addAll(attachmentIds);
        }
        Map<Long, MediaItem> found = media.findAllById(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(Media::getId, item -> MediaItem.of(item, views)));
        MediaItem cover = coverId == null ? null : found.get(coverId);
        List<MediaItem> attachments = attachmentIds == null ? List.of()
                : new LinkedHashSet<>(attachmentIds).stream().map(found::get).filter(item -> item != null).toList();
        return new EditorMedia(cover, attachments, EditorMedia.UploadLimits.of(settings));
    }

    private Page<Media> find(MediaKind kind, FileFamily family, String nameContains, int page) {
        Specification<Media> specification = (root, query, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (family != null) {
                where.add(root.get("fileType").in(family.types()));
            } else if (kind != null) {
                where.add(root.get("fileType").in(Arrays.stream(FileType.values())
                        .filter(type -> type.kind() == kind).toList()));
            }
            if (nameContains != null && !nameContains.isBlank()) {
                String pattern = "%" + nameContains.strip().toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(builder.like(builder.lower(root.get("originalName")), pattern, '\\'));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
        return media.findAll(specification, PageRequest.of(page - 1, PAGE_SIZE,
                Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id"))));
    }

    private LibraryItem libraryItem(Media item, List<MediaUsage> used, Staff staff, Language language) {
        return new LibraryItem(item.getId(), item.getOriginalName(), item.getUrl(),
                item.isImage() ? views.thumbnail(item.getSha256()) : null, item.alt(language),
                item.getFileType().family(), item.isImage() ? item.getWidth() + "×" + item.getHeight() : null,
                MediaSizes.format(item.getSizeBytes()),
                UPLOADED_AT.format(LocalDateTime.ofInstant(item.getUploadedAt(), clock.getZone())), item.getUploadedBy(),
                used, MediaDeletion.mayDelete(item, staff));
    }

    private LibraryPage.UploadOptions uploadOptions(Staff staff, Language language) {
        List<LibraryPage.DepartmentOption> own = departments.findAll(Sort.by("sortOrder", "id")).stream()
                .filter(department -> staff.worksFor(department.getId()))
                .map(department -> new LibraryPage.DepartmentOption(department.getId(), department.name(language)))
                .toList();
        return new LibraryPage.UploadOptions(own, !staff.canPublish(), settings.maxImageSize().toBytes(),
                megabytes(settings.maxImageSize()), settings.maxAttachmentSize().toBytes(),
                megabytes(settings.maxAttachmentSize()));
    }

    private static String megabytes(DataSize size) {
        return size.toMegabytes() + " MB";
    }
}
