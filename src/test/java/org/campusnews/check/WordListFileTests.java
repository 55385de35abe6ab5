package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.campusnews.article.CheckSeverity;
import org.junit.jupiter.api.Test;

class WordListFileTests {

    private static WordListFile.Parsed read(String text) {
        return WordListFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wordsWithTheirSeveritiesAreRead() {
        WordListFile.Parsed parsed = read("\uFEFF# a comment\r\n违禁词\tblock\nWarn Me\tWARN\r\n\n   \n提醒\t警告\n阻止词\t阻止\nplain");
        assertThat(parsed.entries()).extracting(WordListFile.Entry::word, WordListFile.Entry::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("违禁词", CheckSeverity.BLOCK),
                org.assertj.core.groups.Tuple.tuple("Warn Me", CheckSeverity.WARN),
                org.assertj.core.groups.Tuple.tuple("提醒", CheckSeverity.WARN),
                org.assertj.core.groups.Tuple.tuple("阻止词", CheckSeverity.BLOCK),
                org.assertj.core.groups.Tuple.tuple("plain", CheckSeverity.WARN));
        assertThat(parsed.lines()).isEqualTo(8);
        assertThat(parsed.blank()).isEqualTo(2);
        assertThat(parsed.comments()).isEqualTo(1);
        assertThat(parsed.skipped()).isZero();
    }

    @Test
    void oddLinesAreSkippedAndReportedByNumber() {
        byte[] notUtf8 = {(byte) 0xC4, (byte) 0xE3, '\t', 'b', 'l', 'o', 'c', 'k', '\n'};
        String text = "good\tblock\n"
                + "x".repeat(51) + "\tblock\n"
                + "bell\u0007\twarn\n"
                + "zero\u200Bwidth\n"
                + "word\tmaybe\n"
                + "\tblock\n"
                + "ＧＯＯＤ\twarn\n";
        byte[] start = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + notUtf8.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(notUtf8, 0, all, start.length, notUtf8.length);

        WordListFile.Parsed parsed = WordListFile.read(all);

        assertThat(parsed.entries()).extracting(WordListFile.Entry::word).containsExactly("good");
        assertThat(parsed.listed()).extracting(WordListFile.Skipped::line, WordListFile.Skipped::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, WordListFile.Problem.TOO_LONG),
                org.assertj.core.groups.Tuple.tuple(3, WordListFile.Problem.CHARACTERS),
                org.assertj.core.groups.Tuple.tuple(4, WordListFile.Problem.CHARACTERS),
                org.assertj.core.groups.Tuple.tuple(5, WordListFile.Problem.SEVERITY),
                org.assertj.core.groups.Tuple.tuple(6, WordListFile.Problem.BLANK_WORD),
                org.assertj.core.groups.Tuple.tuple(7, WordListFile.Problem.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(8, WordListFile.Problem.NOT_UTF8));
        assertThat(parsed.listed().get(1).text()).as("shown without the control character").isEqualTo("bell\uFFFD → warn");
        assertThat(parsed.skipped()).isEqualTo(7);
    }

    @Test
    void onlyTheFirstProblemsAreListedButAllAreCounted() {
        WordListFile.Parsed parsed = read("dup\n".repeat(500));
        assertThat(parsed.entries()).hasSize(1);
        assertThat(parsed.problems()).containsEntry(WordListFile.Problem.DUPLICATE, 499);
        assertThat(parsed.listed()).hasSize(WordListFile.LISTED_PROBLEMS);
    }

    @Test
    void aFileOfTooManyLinesIsRefused() {
        assertThatThrownBy(() -> read("w\n".repeat(WordListFile.MAX_LINES + 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWrittenFileReadsBackAsTheSameList() {
        List<SensitiveWord> words = List.of(new SensitiveWord("违禁词", CheckSeverity.BLOCK, "editor", java.time.Instant.EPOCH),
                new SensitiveWord("Some Phrase", CheckSeverity.WARN, "editor", java.time.Instant.EPOCH));
        WordListFile.Parsed parsed = WordListFile.read(WordListFile.write(words));
        assertThat(parsed.entries()).extracting(WordListFile.Entry::word, WordListFile.Entry::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("违禁词", CheckSeverity.BLOCK),
                org.assertj.core.groups.Tuple.tuple("Some Phrase", CheckSeverity.WARN));
        assertThat(parsed.skipped()).isZero();
    }
}
