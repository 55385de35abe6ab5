package org.campusnews.web;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON-LD for a {@code <script type="application/ld+json">} element. The JSON is made by Jackson; then every
 * {@code <}, {@code >} and {@code &} (which JSON allows only inside strings) is written as a Unicode escape, so that
 * no title, not even one containing {@code </script>} or {@code <!--}, can end the element early.
 */
public final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredData() {
    }

    public static String of(Map<String, ?> document) {
        return JSON.writeValueAsString(document)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
