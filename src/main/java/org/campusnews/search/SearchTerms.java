package org.campusnews.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into index terms and a query into query terms, the same way on both sides, for the {@code tsvector}
 * of {@code article_search}.
 * <ul>
 * <li>Text is NFKC-normalised (full-width and half-width forms fold together: {@code ＣＥＴ} is {@code CET}),
 * lower-cased, and stripped of accents.</li>
 * <li>Runs of Chinese, Japanese or Korean characters (Han, kana, hangul) give every overlapping pair of characters
 * (bigrams) and, in the index, every single character too, so that any substring of two or more characters of a word
 * is found ({@code 奖学} finds {@code 奖学金}) and one-character queries work. A query run of one character is that
 * character; a longer one needs all its bigrams.</li>
 * <li>Other letters and digits form words, split at anything else: {@code CET-4} is {@code cet} and {@code 4}. In the
 * index, words joined by hyphens also give their concatenation ({@code cet4}), so the query {@code CET4} finds
 * {@code CET-4}; the query {@code CET-4} asks for {@code cet} and {@code 4}, so it also finds {@code CET 4}. Words go
 * to PostgreSQL as one space-separated string for {@code to_tsvector('english', …)} / {@code
 * plainto_tsquery('english', …)}, which stems them and drops stop words.</li>
 * </ul>
 * Queries are cut to {@link #QUERY_LIMIT} characters before they are analysed.
 */
public final class SearchTerms {

    /** The longest query analysed, in characters; the rest is ignored. */
    public static final int QUERY_LIMIT = 200;

    private static final Pattern ACCENTS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");

    /** What a text contributes to the index. */
    public record Indexed(String words, List<String> cjkTerms) {
    }

    /** What a query asks for: every word (stemmed by PostgreSQL) and every CJK term. */
    public record Query(String words, List<String> cjkTerms) {

        public boolean isEmpty() {
            return words.isEmpty() && cjkTerms.isEmpty();
        }

        /** The CJK terms as {@code tsquery} text, all required; empty when there are none. */
        public String cjkTsquery() {
            return String.join(" & ", cjkTerms.stream().map(SearchTerms::quoted).toList());
        }
    }

    private SearchTerms() {
    }

    public static Indexed index(String text) {
        List<String> words = new ArrayList<>();
        Set<String> cjk = new LinkedHashSet<>();
        for (Token token : tokens(text)) {
            if (token.cjk()) {
                String run = token.text();
                run.codePoints().forEach(c -> cjk.add(Character.toString(c)));
                cjk.addAll(bigrams(run));
            } else {
                words.addAll(token.words());
                if (token.words().size() > 1) {
                    words.add(String.join("", token.words()));
                }
            }
        }
        return new Indexed(String.join(" ", words), List.copyOf(cjk));
    }

    public static Query query(String query) {
        String cut = query == null ? "" : query.codePointCount(0, query.length()) > QUERY_LIMIT
                ? query.substring(0, query.offsetByCodePoints(0, QUERY_LIMIT)) : query;
        List<String> words = new ArrayList<>();
        Set<String> cjk = new LinkedHashSet<>();
        for (Token token : tokens(cut)) {
            if (token.cjk()) {
                String run = token.text();
                if (run.codePointCount(0, run.length()) == 1) {
                    cjk.add(run);
                } else {
                    cjk.addAll(bigrams(run));
                }
            } else {
                words.addAll(token.words());
            }
        }
        return new Query(String.join(" ", words), List.copyOf(cjk));
    }

    /** Full-width to half-width and compatibility forms folded, lower case, no accents. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String stripped = ACCENTS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /**
     * A CJK run, or a group of letter-and-digit words joined by single hyphens ({@code cet-4}, {@code e-mail}); a
     * lone word is a group of one.
     */
    private record Token(boolean cjk, String text, List<String> words) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String normal = normalise(text);
        int i = 0;
        int length = normal.length();
        while (i < length) {
            int c = normal.codePointAt(i);
            if (isCjk(c)) {
                int end = i;
                while (end < length && isCjk(normal.codePointAt(end))) {
                    end += Character.charCount(normal.codePointAt(end));
                }
                tokens.add(new Token(true, normal.substring(i, end), List.of()));
                i = end;
            } else if (isWordCharacter(c)) {
                List<String> words = new ArrayList<>();
                int end = i;
                while (true) {
                    int start = end;
                    while (end < length && isWordCharacter(normal.codePointAt(end))) {
                        end += Character.charCount(normal.codePointAt(end));
                    }
                    words.add(normal.substring(start, end));
                    if (end + 1 < length && normal.charAt(end) == '-' && isWordCharacter(normal.codePointAt(end + 1))) {
                        end++;
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(false, normal.substring(i, end), words));
                i = end;
            } else {
                i += Character.charCount(c);
            }
        }
        return tokens;
    }

    private static List<String> bigrams(String run) {
        int[] points = run.codePoints().toArray();
        List<String> bigrams = new ArrayList<>();
        for (int k = 0; k + 1 < points.length; k++) {
            bigrams.add(new String(points, k, 2));
        }
        return bigrams;
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c == 0x30FC; // the katakana long vowel mark, of script COMMON
    }

    private static boolean isWordCharacter(int c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    /** A lexeme as {@code tsquery} / {@code tsvector} text; terms hold only letters and digits, quoted anyway. */
    static String quoted(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
