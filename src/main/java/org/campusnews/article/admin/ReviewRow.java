package org.campusnews.article.admin;

import org.campusnews.article.ReviewDecision;
import org.campusnews.article.ReviewLevel;
import org.campusnews.web.StaffTime;

/** A decision of an article's review chain as the editor and the history list it, its time formatted. */
record ReviewRow(String decidedAt, ReviewLevel level, ReviewDecision.Outcome outcome, String decidedBy, String comment) {

    static ReviewRow of(ReviewDecision decision, StaffTime time) {
        return new ReviewRow(time.toSecond(decision.getDecidedAt()), decision.getLevel(), decision.getOutcome(),
                decision.getDecidedBy(), decision.getComment());
    }
}
