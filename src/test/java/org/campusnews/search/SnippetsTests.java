package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    private static MarkedText snippet(String text, String query) {
        return Snippets.snippet(text, SearchTerms.query(query));
    }

    @Test
    void englishWordsAreMarkedByTheirStemWhateverTheirCase() {
        MarkedText title = Snippets.title("Applications: Scholarships APPLY now", SearchTerms.query("scholarship applying"));
        assertThat(title.marked()).containsExactly("Scholarships", "APPLY");
        assertThat(title.plain()).isEqualTo("Applications: Scholarships APPLY now");
    }

    @Test
    void stopWordsAreNotMarked() {
        assertThat(Snippets.title("The library and the lab", SearchTerms.query("the library")).marked()).containsExactly("library");
    }

    @Test
    void chineseBigramsAndSingleCharactersAreMarkedAsOneRun() {
        assertThat(Snippets.title("关于申请滨江大学奖学金的通知", SearchTerms.query("滨江大学")).marked()).containsExactly("滨江大学");
        assertThat(Snippets.title("奖学金与助学金", SearchTerms.query("学")).marked()).containsExactly("学", "学");
        assertThat(Snippets.title("ＣＥＴ－４报名", SearchTerms.query("cet 报名")).marked()).containsExactly("ＣＥＴ", "报名");
    }

    @Test
    void theSnippetStartsShortlyBeforeTheFirstMatchAndIsCut() {
        String text = "a".repeat(500) + " target " + "b".repeat(500);
        MarkedText snippet = snippet(text, "target");
        assertThat(snippet.segments().get(0).text()).isEqualTo("…");
        assertThat(snippet.segments().get(snippet.segments().size() - 1).text()).isEqualTo("…");
        assertThat(snippet.marked()).containsExactly("target");
        assertThat(snippet.plain().length()).isLessThanOrEqualTo(Snippets.LENGTH + 2);
        assertThat(snippet.plain()).contains(" target ");
    }

    @Test
    void withoutAMatchInTheTextTheSnippetIsItsOpeningAndNoCharacterIsCutInTwo() {
        String text = "😀".repeat(200);
        MarkedText snippet = snippet(text, "nothing");
        assertThat(snippet.plain()).startsWith("😀").endsWith("😀…");
        assertThat(snippet.marked()).isEmpty();
        assertThat(snippet("short text", "nothing").plain()).isEqualTo("short text");
    }
}
