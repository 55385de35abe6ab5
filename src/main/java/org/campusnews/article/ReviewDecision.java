package org.campusnews.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What someone decided on an article at a level of the review chain, and when: kept with the article for good. */
@Entity
@Table(name = "article_review")
public class ReviewDecision {

    public enum Outcome {
        APPROVED,
        RETURNED,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReviewLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20, updatable = false)
    private Outcome outcome;

    @Column(length = 2000, updatable = false)
    private String comment;

    @Column(name = "decided_by", nullable = false, length = 100, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** The article's version the decision was taken on; null for decisions from before the review chain. */
    @Column(name = "article_version", updatable = false)
    private Long articleVersion;

    protected ReviewDecision() {
    }

    ReviewDecision(Article article, ReviewLevel level, Outcome outcome, String comment, String decidedBy,
            Instant decidedAt) {
        this.articleId = article.getId();
        this.level = level;
        this.outcome = outcome;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.articleVersion = article.getVersion();
    }

    public long getArticleId() {
        return articleId;
    }

    public ReviewLevel getLevel() {
        return level;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getArticleVersion() {
        return articleVersion;
    }
}
