package org.campusnews.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A saved state of an article, kept for its history; the snapshot is JSON of an {@link ArticleSnapshot}. */
@Entity
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "article_version", nullable = false, updatable = false)
    private long articleVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 50, updatable = false)
    private String createdBy;

    @Column(length = 200, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, long articleVersion, Instant createdAt, String createdBy, String note, String snapshot) {
        this.articleId = articleId;
        this.articleVersion = articleVersion;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.note = note;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public long getArticleVersion() {
        return articleVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNote() {
        return note;
    }

    String getSnapshot() {
        return snapshot;
    }
}
