package org.campusnews.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.campusnews.department.Department;
import org.campusnews.i18n.Language;

/** One language version of an article, crediting the department that translated it when it is not the original. */
@Entity
public class ArticleTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "lang", nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "translator_id")
    private Department translator;

    @Column(nullable = false)
    private boolean original;

    /** The source as this version names it, when the article's source is not a department. */
    @Column(length = 100)
    private String source;

    protected ArticleTranslation() {
    }

    ArticleTranslation(Article article, Language language, String title, String body) {
        this.article = article;
        this.language = language;
        this.title = title;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Language getLanguage() {
        return language;
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

    public ArticleTranslation setSummary(String summary) {
        this.summary = summary;
        return this;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Department getTranslator() {
        return translator;
    }

    public ArticleTranslation setTranslator(Department translator) {
        this.translator = translator;
        return this;
    }

    public boolean isOriginal() {
        return original;
    }

    public ArticleTranslation setOriginal(boolean original) {
        this.original = original;
        return this;
    }

    public String getSource() {
        return source;
    }

    public ArticleTranslation setSource(String source) {
        this.source = source;
        return this;
    }
}
