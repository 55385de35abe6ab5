package org.campusnews.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    @Query("select a.browseCount from Article a where a.id = :id")
    Optional<Long> browseCount(@Param("id") long id);

    /** The article with everything its page shows, in one statement. */
    @Query("""
            select a from Article a
            join fetch a.section
            join fetch a.department
            left join fetch a.sourceDepartment
            left join fetch a.translations t
            left join fetch t.translator
            left join fetch a.cover
            left join fetch a.attachments
            where a.id = :id""")
    Optional<Article> findWithDetails(@Param("id") long id);

    @Query("""
            select distinct a from Article a
            join fetch a.section
            join fetch a.department
            left join fetch a.translations
            where a.id in :ids""")
    List<Article> findAllWithDetails(@Param("ids") Collection<Long> ids);

    /** Loads the article for a change, locking its row until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = :id")
    Optional<Article> findForUpdate(@Param("id") long id);
}
