package org.campusnews.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.campusnews.section.Section;

/**
 * The levels an article of a section passes before it is published, in order: the news office always, its department
 * before it and a leader after it where the section asks for them. The last level publishes.
 */
public record ReviewChain(List<ReviewLevel> levels) {

    public ReviewChain {
        levels = List.copyOf(levels);
    }

    public static ReviewChain of(Section section) {
        List<ReviewLevel> levels = new ArrayList<>();
        if (section.isDepartmentReview()) {
            levels.add(ReviewLevel.DEPARTMENT);
        }
        levels.add(ReviewLevel.NEWS_OFFICE);
        if (section.isLeaderReview()) {
            levels.add(ReviewLevel.LEADER);
        }
        return new ReviewChain(levels);
    }

    /** Where a submitted article waits first. */
    public ReviewLevel first() {
        return levels.get(0);
    }

    /**
     * The level after this one; empty when this one is the last. An article may wait at a level its section no longer
     * asks for (its section changed meanwhile): it goes on to the next level the section asks for.
     */
    public Optional<ReviewLevel> after(ReviewLevel level) {
        return levels.stream().filter(next -> next.ordinal() > level.ordinal()).findFirst();
    }

    /** This level and those still to come after it. */
    public List<ReviewLevel> from(ReviewLevel level) {
        List<ReviewLevel> remaining = new ArrayList<>(List.of(level));
        levels.stream().filter(next -> next.ordinal() > level.ordinal()).forEach(remaining::add);
        return remaining;
    }
}
