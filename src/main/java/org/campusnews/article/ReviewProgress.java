package org.campusnews.article;

import java.util.List;

/**
 * Where an article stands in its review chain, for the editor and the history.
 *
 * @param chain the levels its section asks for, in order
 * @param waitingAt the level it waits at; null when it is not in review
 * @param decisions what was decided on it so far, oldest first
 */
public record ReviewProgress(List<ReviewLevel> chain, ReviewLevel waitingAt, List<ReviewDecision> decisions) {

    public static final ReviewProgress NONE = new ReviewProgress(List.of(), null, List.of());

    public ReviewProgress {
        chain = List.copyOf(chain);
        decisions = List.copyOf(decisions);
    }
}
