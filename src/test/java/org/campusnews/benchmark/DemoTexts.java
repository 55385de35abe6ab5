package org.campusnews.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo university's departments, sections and bilingual articles ({@code demo/demo-content.json}), which the
 * loaded articles take their texts from: real Chinese and English titles, summaries and bodies of varied length.
 */
record DemoTexts(List<Unit> departments, List<Unit> sections, List<Item> articles) {

    private static final String RESOURCE = "demo/demo-content.json";

    static DemoTexts read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoTexts.class);
        }
    }

    /** The articles written in both languages, which can stand for an article in either or both. */
    List<Item> bilingualArticles() {
        return articles.stream().filter(item -> item.zh() != null && item.en() != null).toList();
    }

    record Unit(String slug, String nameZh, String nameEn, int sortOrder) {
    }

    record Item(String department, String sourceDepartment, String original, Version zh, Version en) {
    }

    record Version(String title, String summary, String body, String translator, String source) {
    }
}
