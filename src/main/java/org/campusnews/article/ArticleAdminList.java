package org.campusnews.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.campusnews.user.Staff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff list of articles: filtered, searched, sorted, paginated, and stepped through with Previous/Next. Reached
 * through {@link ArticleAdminService}.
 */
@Component
class ArticleAdminList {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final ArticleTextSearch textSearch;

    ArticleAdminList(JdbcClient jdbc, ArticleRepository articles, ArticleTextSearch textSearch) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.textSearch = textSearch;
    }

    /** One page (from 1) of the list, with each article's section, department and versions loaded. */
    Page<Article> page(ArticleFilter filter, int page, Staff staff) {
        PageRequest request = PageRequest.of(Math.max(0, page - 1), PAGE_SIZE);
        ArticleListSql sql = ArticleListSql.of(filter, staff, textSearch);
        List<Long> ids = jdbc.sql(sql.page()).params(sql.parameters())
                .param("limit", PAGE_SIZE).param("offset", request.getOffset()).query(Long.class).list();
        long total = jdbc.sql(sql.count()).params(sql.parameters()).query(Long.class).single();
        Map<Long, Article> loaded = ids.isEmpty() ? Map.of() : articles.findAllWithDetails(ids).stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        List<Article> content = ids.stream().map(loaded::get).toList();
        return new PageImpl<>(content, request, total);
    }

    /** The articles listed just before and after one, in the list's current filter and order. */
    ArticleEditor.Stepper stepper(long articleId, ArticleFilter filter, Staff staff) {
        ArticleListSql sql = ArticleListSql.of(filter, staff, textSearch);
        Optional<ArticleEditor.Stepper> place = jdbc.sql(sql.place())
                .params(sql.parameters()).param("articleId", articleId)
                .query((rs, row) -> new ArticleEditor.Stepper(optional(rs.getObject(2)), optional(rs.getObject(3)),
                        rs.getInt(1), rs.getInt(4)))
                .optional();
        return place.orElseGet(() -> new ArticleEditor.Stepper(Optional.empty(), Optional.empty(), 0,
                jdbc.sql(sql.count()).params(sql.parameters()).query(Long.class).single().intValue()));
    }

    private static Optional<Long> optional(Object id) {
        return Optional.ofNullable(id).map(value -> ((Number) value).longValue());
    }
}
