package org.campusnews.check.admin;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.campusnews.article.CheckSeverity;
import org.campusnews.check.SensitiveWord;

/** A word of the list as its form edits it; kept in the session (a flash attribute) when an addition is refused. */
public class WordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{staff.validation.required}")
    @Size(max = 200, message = "{staff.validation.maxLength}")
    private String word;

    @NotNull(message = "{staff.validation.required}")
    private CheckSeverity severity = CheckSeverity.BLOCK;

    static WordForm of(SensitiveWord word) {
        WordForm form = new WordForm();
        form.word = word.getWord();
        form.severity = word.getSeverity();
        return form;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public CheckSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(CheckSeverity severity) {
        this.severity = severity;
    }
}
