package org.campusnews.article.admin;

import jakarta.validation.constraints.Size;

import org.campusnews.web.RichText;

/** One language version in the article editor; {@code present} says whether the article has it. */
public class TranslationForm {

    private boolean present;

    @Size(max = 200, message = "{staff.validation.maxLength}")
    private String title;

    @Size(max = 500, message = "{staff.validation.maxLength}")
    private String summary;

    @RichText
    @Size(max = 200_000, message = "{staff.validation.maxLength}")
    private String body;

    private Long translatorId;

    @Size(max = 100, message = "{staff.validation.maxLength}")
    private String source;

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getTranslatorId() {
        return translatorId;
    }

    public void setTranslatorId(Long translatorId) {
        this.translatorId = translatorId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
