package org.campusnews.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.article.CheckSeverity;

/**
 * The plain-text form of the word list, for import and export: UTF-8 (a byte-order mark is skipped), one word a
 * line, optionally followed by a tab and its severity ({@code block} or {@code warn}; {@code 阻止} / {@code 警告};
 * without one, {@code warn}). Blank lines and lines starting with {@code #} are skipped. A line whose word breaks
 * {@link WordRules}, whose severity is unknown, or whose word (folded) came earlier in the file is skipped and
 * reported by its number.
 */
public final class WordListFile {

    /** The most lines a file may hold. */
    static final int MAX_LINES = 200_000;
    /** How many skipped lines are listed one by one; all are counted. */
    static final int LISTED_PROBLEMS = 200;
    private static final int SHOWN_LINE_LENGTH = 80;

    /** Why a line was skipped: {@code checks.import.problem.<name>}. */
    public enum Problem {
        BLANK_WORD, TOO_LONG, CHARACTERS, NOT_UTF8, SEVERITY, DUPLICATE
    }

    /** A good line: the word and its severity, by the word folded. */
    public record Entry(int line, String word, String folded, CheckSeverity severity) {
    }

    /** A skipped line, shown as far as it can be (odd characters as U+FFFD, cut). */
    public record Skipped(int line, Problem problem, String text) {
    }

    /**
     * What a file holds.
     *
     * @param listed the first {@link #LISTED_PROBLEMS} skipped lines
     * @param problems how many lines were skipped for each reason
     */
    public record Parsed(List<Entry> entries, int lines, int blank, int comments, List<Skipped> listed,
            Map<Problem, Integer> problems) {

        int skipped() {
            return problems.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private WordListFile() {
    }

    /** Reads a file; throws {@link IllegalArgumentException} for one of more than {@link #MAX_LINES} lines. */
    static Parsed read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8); // bytes that are not UTF-8 become U+FFFD
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Skipped> listed = new ArrayList<>();
        Map<Problem, Integer> problems = new EnumMap<>(Problem.class);
        int blank = 0;
        int comments = 0;
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
            number++;
            if (number > MAX_LINES) {
                throw new IllegalArgumentException("More than " + MAX_LINES + " lines");
            }
            if (line.isBlank()) {
                blank++;
                continue;
            }
            if (line.stripLeading().startsWith("#")) {
                comments++;
                continue;
            }
            int tab = line.indexOf('\t');
            String word = (tab < 0 ? line : line.substring(0, tab)).strip();
            Optional<CheckSeverity> severity = WordRules.severity(tab < 0 ? "" : line.substring(tab + 1));
            Problem problem = problemOf(word, severity.isPresent());
            String folded = problem == null ? FoldedText.fold(word) : null;
            if (problem == null && entries.containsKey(folded)) {
                problem = Problem.DUPLICATE;
            }
            if (problem != null) {
                problems.merge(problem, 1, Integer::sum);
                if (listed.size() < LISTED_PROBLEMS) {
                    listed.add(new Skipped(number, problem, shown(line)));
                }
                continue;
            }
            entries.put(folded, new Entry(number, word, folded, severity.get()));
        }
        return new Parsed(List.copyOf(entries.values()), number, blank, comments, List.copyOf(listed), problems);
    }

    /** The list as a file, in the order given. */
    static byte[] write(List<SensitiveWord> words) {
        StringBuilder text = new StringBuilder(words.size() * 16 + 200);
        text.append("# Campus News: sensitive words, one a line: the word, a tab, and block or warn\n");
        for (SensitiveWord word : words) {
            text.append(word.getWord()).append('\t').append(word.getSeverity() == CheckSeverity.BLOCK ? "block" : "warn")
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Problem problemOf(String word, boolean knownSeverity) {
        if (word.indexOf('\uFFFD') >= 0) {
            return Problem.NOT_UTF8;
        }
        Optional<WordProblem> problem = WordRules.problem(word);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case BLANK:
                    return Problem.BLANK_WORD;
                case TOO_LONG:
                    return Problem.TOO_LONG;
                default:
                    return Problem.CHARACTERS;
            }
        }
        return knownSeverity ? null : Problem.SEVERITY;
    }

    private static String shown(String line) {
        StringBuilder shown = new StringBuilder();
        line.codePoints().limit(SHOWN_LINE_LENGTH).forEach(c -> {
            int type = Character.getType(c);
            if (c == '\t') {
                shown.append(" → ");
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                shown.append('\uFFFD');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return line.codePointCount(0, line.length()) > SHOWN_LINE_LENGTH ? shown + "…" : shown.toString();
    }
}
