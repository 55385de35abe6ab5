package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.campusnews.i18n.BilingualName;
import org.campusnews.section.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewChainTests {

    @ParameterizedTest(name = "department {0}, leader {1}: {2}")
    @CsvSource({"true, false, DEPARTMENT NEWS_OFFICE", "false, false, NEWS_OFFICE",
            "true, true, DEPARTMENT NEWS_OFFICE LEADER", "false, true, NEWS_OFFICE LEADER"})
    void theNewsOfficeAlwaysReviewsWithTheLevelsTheSectionAsksFor(boolean department, boolean leader, String levels) {
        ReviewChain chain = ReviewChain.of(section(department, leader));

        assertThat(chain.levels()).isEqualTo(levels(levels));
        assertThat(chain.first()).isEqualTo(levels(levels).get(0));
    }

    @ParameterizedTest(name = "department {0}, leader {1}: after {2} comes {3}")
    @CsvSource({"true, false, DEPARTMENT, NEWS_OFFICE", "true, false, NEWS_OFFICE, ", "true, true, NEWS_OFFICE, LEADER",
            "true, true, LEADER, ", "false, true, DEPARTMENT, NEWS_OFFICE", "true, false, LEADER, "})
    void theNextLevelIsTheNextOneTheSectionAsksForEvenFromALevelItNoLongerAsksFor(boolean department, boolean leader,
            ReviewLevel level, ReviewLevel next) {
        assertThat(ReviewChain.of(section(department, leader)).after(level)).isEqualTo(Optional.ofNullable(next));
    }

    @ParameterizedTest(name = "department {0}, leader {1}: from {2}: {3}")
    @CsvSource({"true, true, DEPARTMENT, DEPARTMENT NEWS_OFFICE LEADER", "true, true, NEWS_OFFICE, NEWS_OFFICE LEADER",
            "false, false, DEPARTMENT, DEPARTMENT NEWS_OFFICE", "true, false, NEWS_OFFICE, NEWS_OFFICE"})
    void theLevelsStillToComeStartWithTheOneTheArticleWaitsAt(boolean department, boolean leader, ReviewLevel level,
            String remaining) {
        assertThat(ReviewChain.of(section(department, leader)).from(level)).isEqualTo(levels(remaining));
    }

    private static Section section(boolean department, boolean leader) {
        Section section = new Section("section", new BilingualName("栏目", "Section"), 0);
        section.requireReviews(department, leader);
        return section;
    }

    private static List<ReviewLevel> levels(String names) {
        return Arrays.stream(names.split(" ")).map(ReviewLevel::valueOf).toList();
    }
}
