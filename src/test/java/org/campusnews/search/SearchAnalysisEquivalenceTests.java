package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.ibm.icu.text.Transliterator;

/**
 * The index's analysis folds scripts in one pass of its own; it must give exactly the terms of Lucene's filters
 * chained as the analysis describes them (ICU's traditional-to-simplified transform for Chinese characters, lower
 * case, ASCII folding for the rest), on the demo articles and on text that each step changes.
 */
class SearchAnalysisEquivalenceTests {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

    @Test
    void theTermsAreThoseOfLucenesFiltersOnTheDemoArticles() throws IOException {
        List<String> texts = demoTexts();
        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            assertThat(SearchTerms.index(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void theTermsAreThoseOfLucenesFiltersWhereEachStepChangesSomething() {
        for (String text : List.of("獎學金申請 與 學術講座", "ＣＥＴ－４ 報名 ＡＢＣ１２３", "Café naïve Ærøskøbing ŒUVRE ﬁne",
                "İstanbul STRASSE straße", "ひらがな カタカナ ｶﾀｶﾅ 한국어 漢字かな交じり", "𠀀𠀁 𪚥 龜 鬱", "It's O'Brien's «quote»",
                "Riverside 大學 2026年 CET-4", "ΑΒΓ Ωμέγα КИРИЛЛИЦА", "")) {
            assertThat(SearchTerms.index(text)).as(text).isEqualTo(reference(text));
        }
        assertThat(SearchTerms.index("獎學金").cjkTerms()).contains("奖学", "学金");
        assertThat(SearchTerms.index("Café ＣＥＴ").words()).isEqualTo("cafe cet");
    }

    private static List<String> demoTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream demo = SearchAnalysisEquivalenceTests.class.getResourceAsStream("/demo/demo-content.json")) {
            collect(JsonMapper.builder().build().readTree(demo), texts);
        }
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getValue().isString() && List.of("title", "summary", "body").contains(field.getKey())) {
                    texts.add(Jsoup.parseBodyFragment(field.getValue().asString()).text());
                } else {
                    collect(field.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, texts));
        }
    }

    private static SearchTerms.Indexed reference(String text) {
        try (Analyzer analyzer = referenceAnalyzer()) {
            return SearchTerms.index(analyzer, text);
        }
    }

    private static TokenStream onlyFor(TokenStream input, boolean ideographs, Function<TokenStream, TokenStream> filter) {
        return new ConditionalTokenFilter(input, filter) {
            private final TypeAttribute type = addAttribute(TypeAttribute.class);

            @Override
            protected boolean shouldFilter() {
                return IDEOGRAPHIC.equals(type.type()) == ideographs;
            }
        };
    }

    private static Analyzer referenceAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = onlyFor(stream, true, in -> new ICUTransformFilter(in, TRADITIONAL_TO_SIMPLIFIED));
                stream = new LowerCaseFilter(stream);
                stream = onlyFor(stream, false, ASCIIFoldingFilter::new);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
