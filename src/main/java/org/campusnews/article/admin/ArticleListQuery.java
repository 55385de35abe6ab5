package org.campusnews.article.admin;

import jakarta.validation.constraints.Min;

import org.campusnews.article.ArticleFilter;
import org.campusnews.article.ArticleStatus;
import org.campusnews.article.ReviewLevel;
import org.campusnews.i18n.Language;
import org.springframework.web.util.UriComponentsBuilder;

/** The staff list's filter, order and page as they appear in its URL, carried on to the editor's Previous/Next. */
public class ArticleListQuery {

    private ArticleStatus status;

    /** Only articles waiting at this level of the review chain. */
    private ReviewLevel level;
    private Long section;
    private Long department;
    private Language language;

    /** The longest search, in characters, as on the public search page; the rest is ignored. */
    static final int Q_LIMIT = 200;

    private String q;

    private boolean deleted;
    /** The order chosen; null for the default ({@link ArticleFilter#order()}). */
    private ArticleFilter.SortKey sort;
    private boolean asc;

    @Min(1)
    private int page = 1;

    ArticleFilter toFilter() {
        return new ArticleFilter(status, level, section, department, language, q, deleted, sort, asc);
    }

    /** The query string of this filter and order (without the page), for links that keep them. */
    public String filterParameters() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (level != null) {
            uri.queryParam("level", level.name());
        }
        if (section != null) {
            uri.queryParam("section", section);
        }
        if (department != null) {
            uri.queryParam("department", department);
        }
        if (language != null) {
            uri.queryParam("language", language.code());
        }
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        if (deleted) {
            uri.queryParam("deleted", true);
        }
        if (sort != null && sort != defaultOrder()) {
            uri.queryParam("sort", sort.name());
        }
        if (asc) {
            uri.queryParam("asc", true);
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    /** The parameters for a column header link: sorting by {@code key}, flipping the direction if it is the current key. */
    public String sortParameters(String keyName) {
        ArticleFilter.SortKey key = ArticleFilter.SortKey.valueOf(keyName);
        ArticleListQuery other = copy();
        other.sort = key;
        other.asc = key == getOrder() && !asc;
        return other.filterParameters();
    }

    /** The order the list is in. */
    public ArticleFilter.SortKey getOrder() {
        return toFilter().order();
    }

    /** Whether the list is searched but in another order than best matches first, which it then offers. */
    public boolean isRelevanceOffered() {
        return toFilter().searches() && getOrder() != ArticleFilter.SortKey.RELEVANCE;
    }

    private ArticleFilter.SortKey defaultOrder() {
        return new ArticleFilter(null, null, null, null, null, q, false, null, false).order();
    }

    private ArticleListQuery copy() {
        ArticleListQuery copy = new ArticleListQuery();
        copy.status = status;
        copy.level = level;
        copy.section = section;
        copy.department = department;
        copy.language = language;
        copy.q = q;
        copy.deleted = deleted;
        copy.sort = sort;
        copy.asc = asc;
        return copy;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public ReviewLevel getLevel() {
        return level;
    }

    public void setLevel(ReviewLevel level) {
        this.level = level;
    }

    public Long getSection() {
        return section;
    }

    public void setSection(Long section) {
        this.section = section;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.codePointCount(0, q.length()) <= Q_LIMIT ? q : q.substring(0, q.offsetByCodePoints(0, Q_LIMIT));
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public ArticleFilter.SortKey getSort() {
        return sort;
    }

    public void setSort(ArticleFilter.SortKey sort) {
        this.sort = sort;
    }

    public boolean isAsc() {
        return asc;
    }

    public void setAsc(boolean asc) {
        this.asc = asc;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
