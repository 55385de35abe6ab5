package org.campusnews.article;

import java.time.Instant;
import java.util.Map;

import org.campusnews.i18n.Language;

/** What staff submit for an article: the language-independent facts and each present language version. */
public record ArticleDraft(
        long sectionId,
        long departmentId,
        String source,
        Instant releaseTime,
        boolean pinned,
        Language original,
        Map<Language, VersionDraft> versions) {

    public record VersionDraft(String title, String summary, String body, Long translatorId) {
    }
}
