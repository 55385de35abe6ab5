package org.campusnews.article.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleDraft;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.i18n.Language;
import org.campusnews.media.Media;
import org.campusnews.media.MediaReferences;
import org.campusnews.web.MultilineText;
import org.campusnews.web.TextRules;
import org.jsoup.Jsoup;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What the article editor edits; mapped to and from the article in this class only. */
public class ArticleForm {

    @NotNull(message = "{staff.validation.required}")
    private Long sectionId;

    @NotNull(message = "{staff.validation.required}")
    private Long departmentId;

    /** The department the article comes from; without one, each version names its source as text. */
    private Long sourceDepartmentId;

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime releaseTime;

    private boolean pinned;

    @NotNull(message = "{staff.validation.required}")
    private Language original = Language.ZH;

    private long version;

    @MultilineText
    @Size(max = 2000, message = "{staff.validation.maxLength}")
    private String reviewComment;

    @Valid
    private TranslationForm zh = new TranslationForm();

    @Valid
    private TranslationForm en = new TranslationForm();

    private Long coverMediaId;

    @Size(max = 50, message = "{article.attachments.tooMany}")
    private List<Long> attachmentIds = new ArrayList<>();

    /**
     * The warnings of the pre-publishing checks a reviewer accepts with this save: the key of each warning shown and,
     * at the same place in the other list, the reason typed for it (empty: not accepted). Two lists of repeated
     * fields rather than indexed ones, so that no index sent can make the form grow.
     */
    @Size(max = 200, message = "{checks.override.tooMany}")
    private List<@Size(max = 300, message = "{staff.validation.maxLength}") String> overrideKey = new ArrayList<>();

    @Size(max = 200, message = "{checks.override.tooMany}")
    private List<@Size(max = 500, message = "{staff.validation.maxLength}") String> overrideReason = new ArrayList<>();

    public static ArticleForm empty() {
        ArticleForm form = new ArticleForm();
        form.zh.setPresent(true);
        form.en.setPresent(true);
        return form;
    }

    public static ArticleForm of(Article article, ZoneId zone) {
        ArticleForm form = new ArticleForm();
        form.sectionId = article.getSection().getId();
        form.departmentId = article.getDepartment().getId();
        form.sourceDepartmentId = article.getSourceDepartment() == null ? null : article.getSourceDepartment().getId();
        form.releaseTime = article.getReleaseTime() == null ? null : LocalDateTime.ofInstant(article.getReleaseTime(), zone);
        form.pinned = article.isPinned();
        form.version = article.getVersion();
        for (Language language : Language.values()) {
            TranslationForm version = form.version(language);
            article.translation(language).ifPresent(translation -> fill(version, translation));
        }
        article.getTranslations().stream().filter(ArticleTranslation::isOriginal).findFirst()
                .ifPresent(translation -> form.original = translation.getLanguage());
        form.coverMediaId = article.getCover() == null ? null : article.getCover().getId();
        form.attachmentIds = new ArrayList<>(article.getAttachments().stream().map(Media::getId).toList());
        return form;
    }

    private static void fill(TranslationForm version, ArticleTranslation translation) {
        version.setPresent(true);
        version.setTitle(translation.getTitle());
        version.setSummary(translation.getSummary());
        version.setBody(translation.getBody());
        version.setTranslatorId(translation.getTranslator() == null ? null : translation.getTranslator().getId());
        version.setSource(translation.getSource());
    }

    /** The rules Bean Validation cannot express: which fields a present version needs, and at least one version. */
    void validate(Errors errors) {
        boolean anyPresent = false;
        for (Language language : Language.values()) {
            TranslationForm version = version(language);
            if (!version.isPresent()) {
                continue;
            }
            anyPresent = true;
            String prefix = language.code() + ".";
            if (version.getTitle() == null || version.getTitle().isBlank()) {
                errors.rejectValue(prefix + "title", "article.title.required");
            }
            if (isEmptyHtml(version.getBody())) {
                errors.rejectValue(prefix + "body", "article.body.required");
            } else if (hasImageWithoutAlt(version.getBody())) {
                errors.rejectValue(prefix + "body", "article.body.altRequired");
            }
            if (version.getTranslatorId() != null && language == original) {
                errors.rejectValue(prefix + "translatorId", "article.translator.onOriginal");
            }
            if (sourceDepartmentId != null && version.getSource() != null && !version.getSource().isBlank()) {
                errors.rejectValue(prefix + "source", "article.source.both");
            }
        }
        rejectDisallowed(errors, "overrideKey", overrideKey);
        rejectDisallowed(errors, "overrideReason", overrideReason);
        if (!anyPresent) {
            errors.reject("article.versions.required");
        } else if (!version(original).isPresent()) {
            errors.rejectValue("original", "article.original.absent");
        }
    }

    /** What the text rules refuse in every other field, for the repeated fields bound as sent. */
    private static void rejectDisallowed(Errors errors, String field, List<String> values) {
        for (String value : values == null ? List.<String>of() : values) {
            OptionalInt refused = TextRules.firstDisallowed(value, false);
            if (refused.isPresent()) {
                errors.rejectValue(field, "text.disallowed", new Object[] {TextRules.describe(refused.getAsInt())},
                        "The text holds a character that is not allowed.");
                return;
            }
        }
    }

    ArticleDraft toDraft(ZoneId zone) {
        Map<Language, ArticleDraft.VersionDraft> versions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            TranslationForm version = version(language);
            if (version.isPresent()) {
                versions.put(language, new ArticleDraft.VersionDraft(version.getTitle(), version.getSummary(),
                        version.getBody(), version.getTranslatorId(), version.getSource()));
            }
        }
        return new ArticleDraft(sectionId, departmentId, sourceDepartmentId,
                releaseTime == null ? null : releaseTime.atZone(zone).toInstant(), pinned, original, versions,
                new ArticleDraft.MediaChoice(coverMediaId, attachmentIds == null ? List.of() : List.copyOf(
                        attachmentIds.stream().filter(id -> id != null).toList())));
    }

    /** The warnings accepted with this save: finding key to reason, for those given a reason. */
    Map<String, String> acceptedWarnings() {
        Map<String, String> accepted = new LinkedHashMap<>();
        int pairs = overrideKey == null || overrideReason == null ? 0 : Math.min(overrideKey.size(), overrideReason.size());
        for (int i = 0; i < pairs; i++) {
            String key = overrideKey.get(i);
            String reason = overrideReason.get(i);
            if (key != null && reason != null && !reason.isBlank()) {
                accepted.put(key, reason.strip());
            }
        }
        return accepted;
    }

    /** The reason typed for a warning, to show it again when the save is refused; empty when none was. */
    public String reasonFor(String key) {
        String reason = acceptedWarnings().get(key);
        return reason == null ? "" : reason;
    }

    TranslationForm version(Language language) {
        return language == Language.ZH ? zh : en;
    }

    private static boolean isEmptyHtml(String html) {
        if (html == null || html.isBlank()) {
            return true;
        }
        var body = Jsoup.parseBodyFragment(html).body();
        return body.text().isBlank() && body.select("img, table, hr").isEmpty();
    }

    /**
     * Every uploaded image in a body needs a description for people who cannot see it (accessibility). Images shown
     * by address from elsewhere are left as they are, as before uploads existed.
     */
    private static boolean hasImageWithoutAlt(String html) {
        return Jsoup.parseBodyFragment(html).body().select("img[src]").stream()
                .anyMatch(image -> MediaReferences.hashOf(image.attr("src")) != null && image.attr("alt").isBlank());
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getSourceDepartmentId() {
        return sourceDepartmentId;
    }

    public void setSourceDepartmentId(Long sourceDepartmentId) {
        this.sourceDepartmentId = sourceDepartmentId;
    }

    public LocalDateTime getReleaseTime() {
        return releaseTime;
    }

    public void setReleaseTime(LocalDateTime releaseTime) {
        this.releaseTime = releaseTime;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Language getOriginal() {
        return original;
    }

    public void setOriginal(Language original) {
        this.original = original;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    public TranslationForm getZh() {
        return zh;
    }

    public void setZh(TranslationForm zh) {
        this.zh = zh;
    }

    public TranslationForm getEn() {
        return en;
    }

    public void setEn(TranslationForm en) {
        this.en = en;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    public void setCoverMediaId(Long coverMediaId) {
        this.coverMediaId = coverMediaId;
    }

    public List<String> getOverrideKey() {
        return overrideKey;
    }

    public void setOverrideKey(List<String> overrideKey) {
        this.overrideKey = overrideKey;
    }

    public List<String> getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(List<String> overrideReason) {
        this.overrideReason = overrideReason;
    }

    public List<Long> getAttachmentIds() {
        return attachmentIds;
    }

    public void setAttachmentIds(List<Long> attachmentIds) {
        this.attachmentIds = attachmentIds;
    }
}
