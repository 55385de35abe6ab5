package org.campusnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.tartarus.snowball.ext.EnglishStemmer;

import com.ibm.icu.text.Transliterator;

/**
 * Turns text into index terms and a query into query terms, the same way on both sides, with Lucene's analyzers, for
 * the {@code tsvector} of {@code article_search}:
 * <ul>
 * <li>Unicode word breaks ({@code StandardTokenizer}), full-width and half-width forms folded ({@code CJKWidthFilter}:
 * {@code ＣＥＴ} is {@code CET}), traditional Chinese characters written as simplified ones (ICU's
 * {@code Traditional-Simplified} transform, from the Unicode Unihan data: {@code 獎學金} is {@code 奖学金}), lower
 * case, accents folded ({@code café} is {@code cafe}).</li>
 * <li>Chinese, Japanese and Korean text becomes overlapping pairs of characters ({@code CJKBigramFilter}); the index
 * also keeps every single character, so that any substring of two or more characters of a word is found ({@code 奖学}
 * finds {@code 奖学金}) and one-character queries work. A query keeps a character alone only where it has no
 * neighbour to pair with.</li>
 * <li>Other words go to PostgreSQL as one space-separated string for {@code to_tsvector('english', …)} / {@code
 * plainto_tsquery('english', …)}, which stems them and drops stop words. {@code CET-4} is {@code cet} and {@code 4}.</li>
 * </ul>
 * Queries are cut to {@link #QUERY_LIMIT} characters before they are analysed, then read as words, phrases and
 * exclusions ({@link QueryClauses}).
 * <p>
 * {@link #matches} finds where a query's terms occur in a text, for marking them on the results page: the same CJK
 * terms, and words whose Snowball English stem (the algorithm of PostgreSQL's {@code english} configuration) is the
 * stem of a query word, Lucene's English stop words left out.
 */
public final class SearchTerms {

    /**
     * The version of the analysis, stored with every row of the index: raise it with any change to what text becomes,
     * and the start-up fill rewrites the rows written before.
     */
    public static final short ANALYSIS_VERSION = 2;

    /** The longest query analysed, in characters; the rest is ignored. */
    public static final int QUERY_LIMIT = 200;

    private static final int CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;
    private static final Set<String> CJK_TYPES = Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE,
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

    private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    /** Made once (it reads ICU's rules) and shared by every analysis, as Lucene's own factory of the filter shares it. */
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Analyzer INDEX = analyzer(true);
    private static final Analyzer QUERY = analyzer(false);

    /** What a text contributes to the index. */
    public record Indexed(String words, List<String> cjkTerms) {
    }

    /**
     * What a query asks for.
     *
     * @param words the words it requires (stemmed by PostgreSQL), from its plain words and its phrases, for marking
     * @param cjkTerms the CJK terms it requires
     * @param webSearch its words for PostgreSQL's {@code websearch_to_tsquery('english', …)}: plain words, phrases in
     *        double quotes (matched in order) and excluded words or phrases with a leading minus
     * @param excludedCjk the CJK terms of each excluded word or phrase, which must not occur together
     */
    public record Query(String words, List<String> cjkTerms, String webSearch, List<List<String>> excludedCjk) {

        /** Whether it asks for nothing: no word or CJK term is required (exclusions alone find nothing). */
        public boolean isEmpty() {
            return words.isEmpty() && cjkTerms.isEmpty();
        }

        /** The CJK terms as {@code tsquery} text: the required ones and, negated, each excluded group. */
        public String cjkTsquery() {
            List<String> parts = new ArrayList<>(cjkTerms.stream().map(SearchTerms::quoted).toList());
            for (List<String> group : excludedCjk) {
                parts.add("!(" + String.join(" & ", group.stream().map(SearchTerms::quoted).toList()) + ")");
            }
            return String.join(" & ", parts);
        }
    }

    private SearchTerms() {
    }

    public static Indexed index(String text) {
        return index(INDEX, text);
    }

    /** The index terms of a text as an analyzer makes them (the tests compare analyzers through this). */
    static Indexed index(Analyzer analyzer, String text) {
        Terms terms = analyse(analyzer, text);
        return new Indexed(String.join(" ", terms.words()), List.copyOf(terms.cjk()));
    }

    public static Query query(String query) {
        List<String> words = new ArrayList<>();
        Set<String> cjk = new LinkedHashSet<>();
        List<String> webSearch = new ArrayList<>();
        List<List<String>> excludedCjk = new ArrayList<>();
        for (QueryClauses.Clause clause : QueryClauses.of(cut(query))) {
            Terms terms = analyse(QUERY, clause.text());
            List<String> clauseWords = terms.words().stream()
                    // "or" would be websearch_to_tsquery's operator; as a word it is a stop word anyway.
                    .filter(word -> clause.phrase() || !word.equals("or"))
                    .toList();
            if (clause.excluded()) {
                if (!clauseWords.isEmpty()) {
                    webSearch.add("-" + together(clauseWords));
                }
                if (!terms.cjk().isEmpty()) {
                    excludedCjk.add(List.copyOf(terms.cjk()));
                }
                continue;
            }
            words.addAll(clauseWords);
            cjk.addAll(terms.cjk());
            if (clause.phrase()) {
                if (!clauseWords.isEmpty()) {
                    webSearch.add(together(clauseWords));
                }
            } else {
                webSearch.addAll(clauseWords);
            }
        }
        return new Query(String.join(" ", words), List.copyOf(cjk), String.join(" ", webSearch), List.copyOf(excludedCjk));
    }

    /** Words that must come together and in order: a phrase for {@code websearch_to_tsquery}. */
    private static String together(List<String> words) {
        return words.size() == 1 ? words.get(0) : "\"" + String.join(" ", words) + "\"";
    }

    /** The query as it is searched: its first {@value #QUERY_LIMIT} characters, empty for none. */
    public static String cut(String query) {
        return query == null ? "" : query.codePointCount(0, query.length()) > QUERY_LIMIT
                ? query.substring(0, query.offsetByCodePoints(0, QUERY_LIMIT)) : query;
    }

    /** Where a term of the query occurs in a text: characters {@code start} (inclusive) to {@code end}. */
    public record Match(int start, int end) {
    }

    /** Where the query's terms occur in the text, in order, overlapping and adjacent matches joined. */
    public static List<Match> matches(String text, Query query) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isEmpty() || query.isEmpty()) {
            return found;
        }
        Set<String> stems = new java.util.HashSet<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String word : query.words().split(" ")) {
            if (!word.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                stems.add(stem(stemmer, word));
            }
        }
        Set<String> cjk = Set.copyOf(query.cjkTerms());
        try (TokenStream tokens = INDEX.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String token = term.toString();
                boolean matched = CJK_TYPES.contains(type.type()) ? cjk.contains(token)
                        : !stems.isEmpty() && java.util.Arrays.stream(token.split("'"))
                                .anyMatch(part -> !part.isEmpty() && stems.contains(stem(stemmer, part)));
                if (matched) {
                    found.add(new Match(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(java.util.Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        List<Match> joined = new ArrayList<>();
        for (Match match : found) {
            Match last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && match.start() <= last.end()) {
                joined.set(joined.size() - 1, new Match(last.start(), Math.max(last.end(), match.end())));
            } else {
                joined.add(match);
            }
        }
        return joined;
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** A lexeme as {@code tsquery} / {@code tsvector} text, quoted. */
    static String quoted(String term) {
        return "'" + escaped(term) + "'";
    }

    /** A lexeme's quotes and backslashes doubled, as quoted {@code tsquery} / {@code tsvector} text needs. */
    static String escaped(String term) {
        return term.indexOf('\\') < 0 && term.indexOf('\'') < 0 ? term
                : term.replace("\\", "\\\\").replace("'", "''");
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
                stream = new ScriptFoldingFilter(stream);
                stream = new CJKBigramFilter(stream, CJK_SCRIPTS, keepSingleCharacters);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * What Lucene's {@code ICUTransformFilter} (traditional to simplified, for Chinese characters only), then
     * {@code LowerCaseFilter}, then {@code ASCIIFoldingFilter} (for everything but Chinese characters) would do, in one
     * pass: they are most of the analysis's time. The tokenizer gives each Chinese character a token of its own, so
     * the transform's result for each is computed once by ICU and kept.
     */
    private static final class ScriptFoldingFilter extends TokenFilter {

        /** The transform's result for each character of the Basic Multilingual Plane met so far (racy, immutable). */
        private static final String[] SIMPLIFIED_BMP = new String[Character.MAX_VALUE + 1];
        private static final Map<String, String> SIMPLIFIED = new ConcurrentHashMap<>();

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private char[] folded = new char[64];

        ScriptFoldingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (IDEOGRAPHIC.equals(type.type())) {
                String simplified = simplified();
                if (simplified != null) {
                    term.setEmpty().append(simplified);
                }
                CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
            } else {
                char[] buffer = term.buffer();
                int length = term.length();
                CharacterUtils.toLowerCase(buffer, 0, length);
                for (int i = 0; i < length; i++) {
                    if (buffer[i] >= '\u0080') {
                        if (folded.length < 4 * length) {
                            folded = new char[ArrayUtil.oversize(4 * length, Character.BYTES)];
                        }
                        int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
                        term.copyBuffer(folded, 0, foldedLength);
                        break;
                    }
                }
            }
            return true;
        }

        /** The term's character in simplified script; null when it is the same. */
        private String simplified() {
            String simplified;
            if (term.length() == 1) {
                char character = term.charAt(0);
                simplified = SIMPLIFIED_BMP[character];
                if (simplified == null) {
                    simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(String.valueOf(character));
                    SIMPLIFIED_BMP[character] = simplified;
                }
                return simplified.length() == 1 && simplified.charAt(0) == character ? null : simplified;
            }
            String text = term.toString();
            simplified = SIMPLIFIED.computeIfAbsent(text, TRADITIONAL_TO_SIMPLIFIED::transliterate);
            return simplified.equals(text) ? null : simplified;
        }
    }
}
