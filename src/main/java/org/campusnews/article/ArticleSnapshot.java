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
 * @param coverId the cover image's media id, null for none
 * @param attachmentIds the attachments' media ids in order; null in revisions kept before media existed, which leave
 *        the cover and attachments alone when restored
 */
public record ArticleSnapshot(
        Long sectionId,
        Long departmentId,
        String source,
        Instant releaseTime,
        boolean pinned,
        String status,
        Map<String, Version> versions,
        Long coverId,
        List<Long> attachmentIds) {

    public record Version(String title, String summary, String body, Long translatorId, boolean original) {
    }

    static ArticleSnapshot of(Article article) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            article.translation(language).ifPresent(t -> versions.put(language.code(), new Version(t.getTitle(),
                    t.getSummary(), t.getBody(), t.getTranslator() == null ? null : t.getTranslator().getId(), t.isOriginal())));
        }
        return new ArticleSnapshot(article.getSection().getId(), article.getDepartment().getId(), article.getSource(),
                article.getReleaseTime(), article.isPinned(), article.getStatus().name(), versions,
                article.getCover() == null ? null : article.getCover().getId(),
                article.getAttachments().stream().map(Media::getId).toList());
    }

    /** What staff submitted, in the shape of a snapshot, to compare it with a stored state. */
    public static ArticleSnapshot of(ArticleDraft draft, String status) {
        Map<String, Version> versions = new LinkedHashMap<>();
        draft.versions().forEach((language, version) -> versions.put(language.code(), new Version(version.title(),
                version.summary(), version.body(), version.translatorId(), language == draft.original())));
        ArticleDraft.MediaChoice media = draft.media();
        return new ArticleSnapshot(draft.sectionId(), draft.departmentId(), draft.source(), draft.releaseTime(),
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
}
