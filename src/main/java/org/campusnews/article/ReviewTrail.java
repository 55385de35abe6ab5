package org.campusnews.article;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/** The decisions taken on each article along the review chain, oldest first. */
@Component
class ReviewTrail {

    private final ReviewDecisionRepository decisions;
    private final Clock clock;

    ReviewTrail(ReviewDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    void record(Article article, ReviewLevel level, ReviewDecision.Outcome outcome, String comment, String username) {
        decisions.save(new ReviewDecision(article, level, outcome, comment, username, clock.instant()));
    }

    List<ReviewDecision> of(long articleId) {
        return decisions.findByArticleIdOrderByDecidedAtAscIdAsc(articleId);
    }
}
