package org.campusnews.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.campusnews.i18n.Language;
import org.campusnews.media.Media;

/**
 * An article's whole content at one moment, as a revision keeps it.
 *
 * @param source the source of revisions kept when it was one text for all versions; null since, when each version
 *        keeps its own ({@link Version#source}) unless {@code sourceDepartmentId} names a department
 * @param coverId the cover image's media id, null for none
 * @param attachmentIds the attachments' media ids in order; null in revisions kept before media existed, which leave
 *        the cover and attachments alone when restored
 */
public record ArticleSnapshot(
        Long sectionId,
        Long departmentId,
        String source,
        Long sourceDepartmentId,
        Instant releaseTime,
        boolean pinned,
        String status,
        Map<String, Version> versions,
        Long coverId,
        List<Long> attachmentIds) {

    public record Version(String title, String summary, String body, Long translatorId, boolean original,
            String source) {
    }

    static ArticleSnapshot of(Article article) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            article.translation(language).ifPresent(t -> versions.put(language.code(), new Version(t.getTitle(),
                    t.getSummary(), t.getBody(), t.getTranslator() == null ? null : t.getTranslator().getId(), t.isOriginal(),
                    t.getSource())));
        }
        return new ArticleSnapshot(article.getSection().getId(), article.getDepartment().getId(), null,
                article.getSourceDepartment() == null ? null : article.getSourceDepartment().getId(),
                article.getReleaseTime(), article.isPinned(), article.getStatus().name(), versions,
                article.getCover() == null ? null : article.getCover().getId(),
                article.getAttachments().stream().map(Media::getId).toList());
    }

    /** What staff submitted, in the shape of a snapshot, to compare it with a stored state. */
    public static ArticleSnapshot of(ArticleDraft draft, String status) {
        Map<String, Version> versions = new LinkedHashMap<>();
        draft.versions().forEach((language, version) -> versions.put(language.code(), new Version(version.title(),
                version.summary(), version.body(), version.translatorId(), language == draft.original(),
                draft.sourceDepartmentId() == null ? blankToNull(version.source()) : null)));
        ArticleDraft.MediaChoice media = draft.media();
        return new ArticleSnapshot(draft.sectionId(), draft.departmentId(), null, draft.sourceDepartmentId(),
                draft.releaseTime(),
                draft.pinned(), status, versions, media == null ? null : media.coverId(),
                media == null ? null : media.attachmentIds());
    }

    /** Whether this revision knows the article's cover and attachments (revisions kept before media existed do not). */
    public boolean hasMedia() {
        return attachmentIds != null;
    }

    public Version version(Language language) {
        return versions.get(language.code());
    }

    /** The source a version names: its own, or in a revision from before versions had one, the article's. */
    public String source(Language language) {
        Version version = version(language);
        if (version == null || sourceDepartmentId != null) {
            return null;
        }
        return version.source() != null ? version.source() : blankToNull(source);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
