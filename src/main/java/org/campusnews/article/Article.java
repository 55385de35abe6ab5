package org.campusnews.article;

import java.time.Instant;
import java.util.LinkedHashSet;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
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

    @Column(length = 100)
    private String source;

    @Column(name = "release_time")
    private Instant releaseTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(nullable = false)
    private boolean pinned;

    /** Only ever raised by {@link BrowseCounter} in SQL, so saving an article never overwrites views counted meanwhile. */
    @Column(name = "browse_count", nullable = false, insertable = false, updatable = false)
    private long browseCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ArticleTranslation> translations = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(Section section, Department department) {
        this.section = section;
        this.department = department;
    }

    public boolean isVisibleAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && releaseTime != null && !releaseTime.isAfter(now);
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

    public void publish(Instant releaseTime) {
        this.releaseTime = releaseTime;
        this.status = ArticleStatus.PUBLISHED;
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
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
}
