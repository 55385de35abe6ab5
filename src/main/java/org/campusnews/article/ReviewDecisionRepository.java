package org.campusnews.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByArticleIdOrderByDecidedAtAscIdAsc(long articleId);
}
