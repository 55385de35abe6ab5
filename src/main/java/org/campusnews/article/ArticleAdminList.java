package org.campusnews.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.campusnews.user.Staff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The staff list of articles: filtered, sorted, paginated, and stepped through with Previous/Next. Reached through
 * {@link ArticleAdminService}.
 */
@Component
class ArticleAdminList {

    static final int PAGE_SIZE = 20;

    private final EntityManager entityManager;
    private final ArticleRepository articles;

    ArticleAdminList(EntityManager entityManager, ArticleRepository articles) {
        this.entityManager = entityManager;
        this.articles = articles;
    }

    /** One page (from 1) of the list, with each article's section, department and versions loaded. */
    Page<Article> page(ArticleFilter filter, int page, Staff staff) {
        PageRequest request = PageRequest.of(Math.max(0, page - 1), PAGE_SIZE);
        List<Long> ids = ids(filter, staff, (int) request.getOffset(), PAGE_SIZE);
        long total = count(filter, staff);
        Map<Long, Article> loaded = ids.isEmpty() ? Map.of() : articles.findAllWithDetails(ids).stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        List<Article> content = ids.stream().map(loaded::get).toList();
        return new PageImpl<>(content, request, total);
    }

    /** The articles listed just before and after one, in the list's current filter and order. */
    ArticleEditor.Stepper stepper(long articleId, ArticleFilter filter, Staff staff) {
        List<Long> ids = ids(filter, staff, 0, Integer.MAX_VALUE);
        int index = ids.indexOf(articleId);
        if (index < 0) {
            return new ArticleEditor.Stepper(Optional.empty(), Optional.empty(), 0, ids.size());
        }
        return new ArticleEditor.Stepper(index > 0 ? Optional.of(ids.get(index - 1)) : Optional.empty(),
                index < ids.size() - 1 ? Optional.of(ids.get(index + 1)) : Optional.empty(), index + 1, ids.size());
    }

    private List<Long> ids(ArticleFilter filter, Staff staff, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> root = query.from(Article.class);
        query.select(root.get("id"))
                .where(filter.visibleTo(staff).toPredicate(root, query, cb))
                .orderBy(filter.order(root, cb));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private long count(ArticleFilter filter, Staff staff) {
        return articles.count(filter.visibleTo(staff));
    }
}
