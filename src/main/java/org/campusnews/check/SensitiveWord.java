package org.campusnews.check;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.campusnews.article.CheckSeverity;

/** A word or phrase of the news office's list, with what finding it in an article means. */
@Entity
@Table(name = "sensitive_word")
public class SensitiveWord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = WordRules.MAX_LENGTH)
    private String word;

    /** The word as texts are matched: see {@link FoldedText}. */
    @Column(nullable = false, length = WordRules.MAX_FOLDED_LENGTH)
    private String folded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private CheckSeverity severity;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SensitiveWord() {
    }

    SensitiveWord(String word, CheckSeverity severity, String by, Instant at) {
        change(word, severity, by, at);
    }

    void change(String word, CheckSeverity severity, String by, Instant at) {
        this.word = word;
        this.folded = FoldedText.fold(word);
        this.severity = severity;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public String getFolded() {
        return folded;
    }

    public CheckSeverity getSeverity() {
        return severity;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
