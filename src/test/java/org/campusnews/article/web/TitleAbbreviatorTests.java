package org.campusnews.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.campusnews.i18n.Language;
import org.junit.jupiter.api.Test;

class TitleAbbreviatorTests {

    @Test
    void keepsTitlesOfEightyCharactersOrLess() {
        String eighty = "a".repeat(80);

        assertThat(TitleAbbreviator.abbreviate(eighty, Language.EN)).isEqualTo(eighty);
        assertThat(TitleAbbreviator.abbreviate("短标题", Language.ZH)).isEqualTo("短标题");
    }

    @Test
    void cutsEnglishAtTheLastWordBoundary() {
        String title = "International Symposium on Sustainable Urban Development Opens at Riverside University with Experts";

        String cut = TitleAbbreviator.abbreviate(title, Language.EN);

        assertThat(cut).isEqualTo("International Symposium on Sustainable Urban Development Opens at Riverside...");
        assertThat(cut.length() - 3).isLessThanOrEqualTo(80);
    }

    @Test
    void keepsAWholeWordThatEndsExactlyAtTheLimit() {
        String title = "b".repeat(75) + " word and more";

        assertThat(TitleAbbreviator.abbreviate(title, Language.EN)).isEqualTo("b".repeat(75) + " word...");
    }

    @Test
    void dropsPunctuationBeforeTheEllipsis() {
        String title = "c".repeat(70) + ", summit: followed by a much longer tail";

        assertThat(TitleAbbreviator.abbreviate(title, Language.EN)).isEqualTo("c".repeat(70) + ", summit...");
    }

    @Test
    void cutsAnEnglishTitleWithoutSpacesByCharacters() {
        assertThat(TitleAbbreviator.abbreviate("x".repeat(100), Language.EN)).isEqualTo("x".repeat(80) + "...");
    }

    @Test
    void cutsChineseAfterEightyCharacters() {
        String title = "滨江大学".repeat(25);

        assertThat(TitleAbbreviator.abbreviate(title, Language.ZH)).isEqualTo("滨江大学".repeat(20) + "...");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String title = "😀".repeat(90);

        assertThat(TitleAbbreviator.abbreviate(title, Language.ZH)).isEqualTo("😀".repeat(80) + "...");
    }
}
