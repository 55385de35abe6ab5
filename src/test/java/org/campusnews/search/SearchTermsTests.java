package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTests {

    /** Whether every term the query asks for is among the text's index terms (the words before stemming). */
    private static boolean finds(String query, String text) {
        SearchTerms.Query asked = SearchTerms.query(query);
        SearchTerms.Indexed indexed = SearchTerms.index(text);
        List<String> words = List.of(indexed.words().split(" "));
        return !asked.isEmpty() && indexed.cjkTerms().containsAll(asked.cjkTerms())
                && (asked.words().isEmpty() || words.containsAll(List.of(asked.words().split(" "))));
    }

    @Test
    void chineseRunsGiveEveryCharacterAndEveryPairOfCharacters() {
        assertThat(SearchTerms.index("奖学金").cjkTerms()).containsExactlyInAnyOrder("奖", "学", "金", "奖学", "学金");
        assertThat(SearchTerms.index("奖学金").words()).isEmpty();
    }

    @Test
    void aQueryOfTwoOrMoreCharactersAsksForItsPairs() {
        assertThat(SearchTerms.query("奖学").cjkTerms()).containsExactly("奖学");
        assertThat(SearchTerms.query("滨江大学").cjkTerms()).containsExactly("滨江", "江大", "大学");
        assertThat(SearchTerms.query("滨江大学").cjkTsquery()).isEqualTo("'滨江' & '江大' & '大学'");
    }

    @Test
    void everySubstringOfTwoOrMoreCharactersFindsTheWord() {
        assertThat(finds("奖学", "申请奖学金的通知")).isTrue();
        assertThat(finds("学金", "申请奖学金的通知")).isTrue();
        assertThat(finds("奖学金", "申请奖学金的通知")).isTrue();
        assertThat(finds("滨江", "滨江大学举行开学典礼")).isTrue();
        assertThat(finds("江大学", "滨江大学举行开学典礼")).isTrue();
        assertThat(finds("奖金", "申请奖学金的通知")).isFalse();
        assertThat(finds("北京", "滨江大学举行开学典礼")).isFalse();
    }

    @Test
    void aOneCharacterQueryIsThatCharacter() {
        assertThat(SearchTerms.query("奖").cjkTerms()).containsExactly("奖");
        assertThat(finds("奖", "申请奖学金的通知")).isTrue();
        assertThat(finds("金", "申请奖学金的通知")).isTrue();
        assertThat(finds("银", "申请奖学金的通知")).isFalse();
    }

    @Test
    void separateChineseRunsOfAQueryAreEachAsked() {
        assertThat(SearchTerms.query("奖学金，报名").cjkTerms()).containsExactly("奖学", "学金", "报名");
        assertThat(finds("奖学金 报名", "奖学金开始报名")).isTrue();
        assertThat(finds("奖学金 选课", "奖学金开始报名")).isFalse();
    }

    @Test
    void mixedQueriesCombineTheirWordsAndTheirChineseTerms() {
        SearchTerms.Query query = SearchTerms.query("CET-4 报名");
        assertThat(query.words()).isEqualTo("cet 4");
        assertThat(query.cjkTerms()).containsExactly("报名");
        assertThat(finds("CET-4 报名", "关于2026年上半年CET-4报名的通知")).isTrue();
        assertThat(finds("Riverside 大学", "Riverside大学")).isTrue();
        assertThat(finds("CET-6 报名", "关于CET-4报名的通知")).isFalse();
    }

    @Test
    void hyphenatedWordsAreIndexedInParts() {
        assertThat(SearchTerms.index("CET-4 results").words()).isEqualTo("cet 4 results");
        assertThat(finds("cet-4", "CET 4 results")).isTrue();
        assertThat(finds("CET 4", "CET-4 results")).isTrue();
        assertThat(SearchTerms.index("a - b").words()).isEqualTo("a b");
    }

    @Test
    void fullWidthAndHalfWidthFormsFoldTogether() {
        assertThat(SearchTerms.query("ＣＥＴ－４").words()).isEqualTo("cet 4");
        assertThat(finds("ＣＥＴ", "CET-4 报名")).isTrue();
        assertThat(finds("CET", "ＣＥＴ－４报名")).isTrue();
        assertThat(SearchTerms.index("ｶﾀｶﾅ").cjkTerms()).contains("カタ");
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(SearchTerms.query("Café RÉSUMÉ Zürich").words()).isEqualTo("cafe resume zurich");
        assertThat(finds("cafe", "The CAFÉ opens")).isTrue();
    }

    @Test
    void kanaAndHangulAreTreatedLikeHan() {
        assertThat(SearchTerms.index("서울대").cjkTerms()).contains("서울", "울대", "서");
        assertThat(SearchTerms.index("がくせい").cjkTerms()).contains("がく", "くせ");
    }

    @Test
    void punctuationOperatorsAndEmptyQueriesAskForNothing() {
        assertThat(SearchTerms.query("").isEmpty()).isTrue();
        assertThat(SearchTerms.query(null).isEmpty()).isTrue();
        assertThat(SearchTerms.query("   \t ").isEmpty()).isTrue();
        assertThat(SearchTerms.query("& | ! : * ( ) ' \\ \" ;--").isEmpty()).isTrue();
        assertThat(SearchTerms.query("a'b & c:*").words()).isEqualTo("a b c");
        assertThat(SearchTerms.query("，。、！").isEmpty()).isTrue();
    }

    @Test
    void longQueriesAreCutAtTheLimit() {
        SearchTerms.Query query = SearchTerms.query("a ".repeat(10_000));
        assertThat(query.words().split(" ")).hasSize(SearchTerms.QUERY_LIMIT / 2);
        assertThat(SearchTerms.query("字".repeat(10_000)).cjkTerms()).containsExactly("字字");
    }

    @Test
    void digitsAndOtherScriptsAreWords() {
        assertThat(SearchTerms.index("2026年").words()).isEqualTo("2026");
        assertThat(SearchTerms.index("2026年").cjkTerms()).containsExactly("年");
        assertThat(SearchTerms.index("Москва").words()).isEqualTo("москва");
    }

    @Test
    void quotedTermsEscapeTheTsquerySyntax() {
        assertThat(SearchTerms.quoted("a'b\\c")).isEqualTo("'a''b\\\\c'");
    }

    @Test
    void traditionalCharactersAreAnalysedAsSimplifiedOnBothSides() {
        assertThat(SearchTerms.index("獎學金").cjkTerms()).containsExactlyInAnyOrder("奖", "学", "金", "奖学", "学金");
        assertThat(SearchTerms.query("獎學").cjkTerms()).containsExactly("奖学");
    }

    @Test
    void aQueryIsReadAsWordsPhrasesAndExclusions() {
        SearchTerms.Query query = SearchTerms.query("Scholarship \"student union\" -fees -\"summer school\" 奖学 -收费 or CET-4");

        assertThat(query.words()).isEqualTo("scholarship student union cet 4");
        assertThat(query.webSearch()).isEqualTo("scholarship \"student union\" -fees -\"summer school\" cet 4");
        assertThat(query.cjkTerms()).containsExactly("奖学");
        assertThat(query.excludedCjk()).containsExactly(List.of("收费"));
        assertThat(query.cjkTsquery()).isEqualTo("'奖学' & !('收费')");
        assertThat(SearchTerms.query("-fees -收费").isEmpty()).isTrue();
        assertThat(SearchTerms.query("\"open quote").webSearch()).isEqualTo("\"open quote\"");
        assertThat(SearchTerms.query("“学生会” - x").cjkTerms()).containsExactly("学生", "生会");
    }
}
