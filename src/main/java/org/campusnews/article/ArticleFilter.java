package org.campusnews.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which articles the staff list shows, and in which order. Authors only ever see their departments' articles,
 * whatever the filter says; only administrators see deleted ones.
 */
public record ArticleFilter(
        ArticleStatus status,
        Long sectionId,
        Long departmentId,
        Language language,
        String titleContains,
        boolean deleted,
        SortKey sort,
        boolean ascending) {

    public enum SortKey {
        UPDATED("updatedAt"),
        RELEASE("releaseTime"),
        ID("id");

        private final String attribute;

        SortKey(String attribute) {
            this.attribute = attribute;
        }
    }

    public Specification<Article> visibleTo(Staff staff) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(deleted && staff.isAdmin() ? cb.isNotNull(root.get("deletedAt")) : cb.isNull(root.get("deletedAt")));
            if (!staff.getRole().seesAllDepartments()) {
                where.add(root.get("department").get("id").in(staff.getDepartmentIds().isEmpty()
                        ? List.of(-1L) : staff.getDepartmentIds()));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (sectionId != null) {
                where.add(cb.equal(root.get("section").get("id"), sectionId));
            }
            if (departmentId != null) {
                where.add(cb.equal(root.get("department").get("id"), departmentId));
            }
            if (language != null) {
                where.add(cb.exists(translations(root, query, cb, t -> cb.equal(t.get("language"), language))));
            }
            if (titleContains != null && !titleContains.isBlank()) {
                String pattern = "%" + escapeLike(titleContains.strip().toLowerCase()) + "%";
                where.add(cb.exists(translations(root, query, cb, t -> cb.like(cb.lower(t.get("title")), pattern, '\\'))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The list order, with the id as tie-breaker so that Previous/Next are well defined. */
    public List<Order> order(Root<Article> root, CriteriaBuilder cb) {
        SortKey key = sort == null ? SortKey.UPDATED : sort;
        List<Order> order = new ArrayList<>();
        var attribute = root.get(key.attribute);
        order.add(ascending ? cb.asc(attribute) : cb.desc(attribute));
        if (key != SortKey.ID) {
            order.add(ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        }
        return order;
    }

    private static Subquery<Long> translations(Root<Article> root, jakarta.persistence.criteria.CommonAbstractCriteria query,
            CriteriaBuilder cb, java.util.function.Function<Root<ArticleTranslation>, Predicate> condition) {
        Subquery<Long> subquery = query.subquery(Long.class);
        Root<ArticleTranslation> translation = subquery.from(ArticleTranslation.class);
        return subquery.select(translation.get("id"))
                .where(cb.equal(translation.get("article"), root), condition.apply(translation));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
