package org.campusnews.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.campusnews.i18n.Language;

/** An article's whole content at one moment, as a revision keeps it. */
public record ArticleSnapshot(
        Long sectionId,
        Long departmentId,
        String source,
        Instant releaseTime,
        boolean pinned,
        String status,
        Map<String, Version> versions) {

    public record Version(String title, String summary, String body, Long translatorId, boolean original) {
    }

    static ArticleSnapshot of(Article article) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            article.translation(language).ifPresent(t -> versions.put(language.code(), new Version(t.getTitle(),
                    t.getSummary(), t.getBody(), t.getTranslator() == null ? null : t.getTranslator().getId(), t.isOriginal())));
        }
        return new ArticleSnapshot(article.getSection().getId(), article.getDepartment().getId(), article.getSource(),
                article.getReleaseTime(), article.isPinned(), article.getStatus().name(), versions);
    }

    /** What staff submitted, in the shape of a snapshot, to compare it with a stored state. */
    public static ArticleSnapshot of(ArticleDraft draft, String status) {
        Map<String, Version> versions = new LinkedHashMap<>();
        draft.versions().forEach((language, version) -> versions.put(language.code(), new Version(version.title(),
                version.summary(), version.body(), version.translatorId(), language == draft.original())));
        return new ArticleSnapshot(draft.sectionId(), draft.departmentId(), draft.source(), draft.releaseTime(),
                draft.pinned(), status, versions);
    }

    public Version version(Language language) {
        return versions.get(language.code());
    }
}
