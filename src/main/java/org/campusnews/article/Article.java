package org.campusnews.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.media.Media;
import org.campusnews.section.Section;

/** One news item: the facts shared by all its language versions. */
@Entity
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    /** The department the article comes from (来源), when its source is one; otherwise each version names its own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_department_id")
    private Department sourceDepartment;

    @Column(name = "release_time")
    private Instant releaseTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    /** The level of the review chain the article waits at; set exactly while it is in review. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_level", length = 20)
    private ReviewLevel reviewLevel;

    @Column(nullable = false)
    private boolean pinned;

    /** Only ever raised by {@link BrowseCounter} in SQL, so saving an article never overwrites views counted meanwhile. */
    @Column(name = "browse_count", nullable = false, insertable = false, updatable = false)
    private long browseCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", length = 50, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 50)
    private String deletedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ArticleTranslation> translations = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_media_id")
    private Media cover;

    /** The files listed under the article, in order. */
    @ManyToMany
    @JoinTable(name = "article_attachment", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "media_id"))
    @OrderColumn(name = "position")
    private List<Media> attachments = new ArrayList<>();

    /** The uploaded images its bodies show; derived from the bodies on every save. */
    @ManyToMany
    @JoinTable(name = "article_body_media", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "media_id"))
    private Set<Media> bodyMedia = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(Section section, Department department) {
        this.section = section;
        this.department = department;
    }

    public boolean isVisibleAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && deletedAt == null && releaseTime != null && !releaseTime.isAfter(now);
    }

    /** Published with a release time still to come: it appears on the public site by itself at that time. */
    public boolean isScheduledAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && releaseTime != null && releaseTime.isAfter(now);
    }

    public void removeTranslation(Language language) {
        translations.removeIf(translation -> translation.getLanguage() == language);
    }

    public Optional<ArticleTranslation> translation(Language language) {
        return translations.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    public ArticleTranslation addTranslation(Language language, String title, String body) {
        if (translation(language).isPresent()) {
            throw new IllegalArgumentException("Article already has a " + language.code() + " version");
        }
        ArticleTranslation translation = new ArticleTranslation(this, language, title, body);
        translations.add(translation);
        return translation;
    }

    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    void touch(Instant now, String username) {
        touch(now);
        if (createdBy == null) {
            createdBy = username;
        }
        updatedBy = username;
    }

    public void publish(Instant releaseTime) {
        this.releaseTime = releaseTime;
        this.status = ArticleStatus.PUBLISHED;
        this.reviewLevel = null;
    }

    /** Out of review (or never in it): to any status but {@link ArticleStatus#IN_REVIEW}, which {@link #waitAt} sets. */
    void moveTo(ArticleStatus status) {
        if (status == ArticleStatus.IN_REVIEW) {
            throw new IllegalArgumentException("An article in review waits at a level");
        }
        this.status = status;
        this.reviewLevel = null;
    }

    void waitAt(ReviewLevel level) {
        this.status = ArticleStatus.IN_REVIEW;
        this.reviewLevel = level;
    }

    public ReviewLevel getReviewLevel() {
        return reviewLevel;
    }

    void markDeleted(Instant now, String username) {
        this.deletedAt = now;
        this.deletedBy = username;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    public void setSection(Section section) {
        this.section = section;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }

    public Department getDepartment() {
        return department;
    }

    public Department getSourceDepartment() {
        return sourceDepartment;
    }

    public void setSourceDepartment(Department sourceDepartment) {
        this.sourceDepartment = sourceDepartment;
    }

    public Instant getReleaseTime() {
        return releaseTime;
    }

    public void setReleaseTime(Instant releaseTime) {
        this.releaseTime = releaseTime;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public long getBrowseCount() {
        return browseCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<ArticleTranslation> getTranslations() {
        return translations;
    }

    public Media getCover() {
        return cover;
    }

    public void setCover(Media cover) {
        this.cover = cover;
    }

    public List<Media> getAttachments() {
        return attachments;
    }

    public void setAttachments(Collection<Media> attachments) {
        this.attachments.clear();
        this.attachments.addAll(attachments);
    }

    public Set<Media> getBodyMedia() {
        return bodyMedia;
    }

    void setBodyMedia(Collection<Media> shown) {
        bodyMedia.retainAll(shown);
        bodyMedia.addAll(shown);
    }
}
