package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTests {

    @Test
    void fullWidthAndUpperCaseFoldToPlainLowerCase() {
        assertThat(FoldedText.fold("ＡＢＣ ｓｅｘ Ｓｅｘ ＳＥＸ")).isEqualTo("abc sex sex sex");
        assertThat(FoldedText.fold("法轮功")).isEqualTo("法轮功");
        assertThat(FoldedText.fold("café")).isEqualTo(FoldedText.fold("cafe\u0301"));
    }

    @Test
    void invisibleFormatCharactersAreLeftOutAndEveryCharacterKnowsWhereItCameFrom() {
        FoldedText text = FoldedText.of("前文敏\u200B感词ＸＹ后文");
        assertThat(text.folded()).isEqualTo("前文敏感词xy后文");
        int start = text.folded().indexOf("敏感词xy");
        int end = start + "敏感词xy".length();
        assertThat(text.original().substring(text.originalStart(start), text.originalEnd(end))).isEqualTo("敏\u200B感词ＸＹ");
    }

    @Test
    void aCharacterThatFoldsToSeveralStaysWhole() {
        FoldedText text = FoldedText.of("a㍿b");
        assertThat(text.folded()).isEqualTo("a株式会社b");
        assertThat(text.original().substring(text.originalStart(1), text.originalEnd(2))).isEqualTo("㍿");
    }
}
