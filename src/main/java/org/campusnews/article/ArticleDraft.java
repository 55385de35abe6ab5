package org.campusnews.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.campusnews.i18n.Language;

/**
 * What staff submit for an article: the language-independent facts and each present language version.
 *
 * @param sourceDepartmentId the department the article comes from, or null when each version names its source
 * @param media the cover image and attachments chosen; null leaves the article's as they are
 */
public record ArticleDraft(
        long sectionId,
        long departmentId,
        Long sourceDepartmentId,
        Instant releaseTime,
        boolean pinned,
        Language original,
        Map<Language, VersionDraft> versions,
        MediaChoice media) {

    /** A draft that leaves the cover image and attachments unchanged. */
    public ArticleDraft(long sectionId, long departmentId, Long sourceDepartmentId, Instant releaseTime, boolean pinned,
            Language original, Map<Language, VersionDraft> versions) {
        this(sectionId, departmentId, sourceDepartmentId, releaseTime, pinned, original, versions, null);
    }

    /** The cover image (or null for none) and the attachments, in order, by media id. */
    public record MediaChoice(Long coverId, List<Long> attachmentIds) {
    }

    /** @param source the source as this version names it; ignored when the article's source is a department */
    public record VersionDraft(String title, String summary, String body, Long translatorId, String source) {

        public VersionDraft(String title, String summary, String body, Long translatorId) {
            this(title, summary, body, translatorId, null);
        }
    }
}
