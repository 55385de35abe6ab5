package org.campusnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns text into index terms and a query into query terms, the same way on both sides, with Lucene's analyzers, for
 * the {@code tsvector} of {@code article_search}:
 * <ul>
 * <li>Unicode word breaks ({@code StandardTokenizer}), full-width and half-width forms folded ({@code CJKWidthFilter}:
 * {@code ＣＥＴ} is {@code CET}), lower case, accents folded ({@code café} is {@code cafe}).</li>
 * <li>Chinese, Japanese and Korean text becomes overlapping pairs of characters ({@code CJKBigramFilter}); the index
 * also keeps every single character, so that any substring of two or more characters of a word is found ({@code 奖学}
 * finds {@code 奖学金}) and one-character queries work. A query keeps a character alone only where it has no
 * neighbour to pair with.</li>
 * <li>Other words go to PostgreSQL as one space-separated string for {@code to_tsvector('english', …)} / {@code
 * plainto_tsquery('english', …)}, which stems them and drops stop words. {@code CET-4} is {@code cet} and {@code 4}.</li>
 * </ul>
 * Queries are cut to {@link #QUERY_LIMIT} characters before they are analysed.
 */
public final class SearchTerms {

    /** The longest query analysed, in characters; the rest is ignored. */
    public static final int QUERY_LIMIT = 200;

    private static final int CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;
    private static final Set<String> CJK_TYPES = Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE,
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

    private static final Analyzer INDEX = analyzer(true);
    private static final Analyzer QUERY = analyzer(false);

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
        Terms terms = analyse(INDEX, text);
        return new Indexed(String.join(" ", terms.words()), List.copyOf(terms.cjk()));
    }

    public static Query query(String query) {
        String cut = query == null ? "" : query.codePointCount(0, query.length()) > QUERY_LIMIT
                ? query.substring(0, query.offsetByCodePoints(0, QUERY_LIMIT)) : query;
        Terms terms = analyse(QUERY, cut);
        return new Query(String.join(" ", terms.words()), List.copyOf(terms.cjk()));
    }

    /** A lexeme as {@code tsquery} / {@code tsvector} text, quoted. */
    static String quoted(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private record Terms(List<String> words, Set<String> cjk) {
    }

    private static Terms analyse(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        Set<String> cjk = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return new Terms(words, cjk);
        }
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (CJK_TYPES.contains(type.type())) {
                    cjk.add(term.toString());
                } else {
                    // Apostrophes stay inside words for Lucene (it's); PostgreSQL's parser would split them anyway.
                    words.add(term.toString().replace("'", " ").strip());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.removeIf(String::isEmpty);
        return new Terms(words, cjk);
    }

    private static Analyzer analyzer(boolean keepSingleCharacters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new CJKBigramFilter(stream, CJK_SCRIPTS, keepSingleCharacters);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
