package org.campusnews.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByIdDesc(long articleId);

    Optional<ArticleRevision> findFirstByArticleIdAndArticleVersionOrderByIdDesc(long articleId, long articleVersion);
}
