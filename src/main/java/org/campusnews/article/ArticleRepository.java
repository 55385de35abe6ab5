package org.campusnews.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** The article with everything its page shows, in one statement. */
    @Query("""
            select a from Article a
            join fetch a.section
            join fetch a.department
            left join fetch a.translations t
            left join fetch t.translator
            where a.id = :id""")
    Optional<Article> findWithDetails(@Param("id") long id);
}
