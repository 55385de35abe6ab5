package org.campusnews.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The fields the article editor posts, filled with valid values that a test then changes. */
public final class ArticleEditorPost {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private ArticleEditorPost(Section section, Department department) {
        param("sectionId", section.getId().toString());
        param("departmentId", department.getId().toString());
        param("releaseTime", "2026-03-01T09:30");
        param("version", "0");
    }

    /** A Chinese original with an English version, each naming its source, and summaries. */
    public static ArticleEditorPost bilingual(Section section, Department department) {
        return new ArticleEditorPost(section, department)
                .param("original", "ZH")
                .param("zh.source", "新闻中心")
                .param("en.source", "News Office")
                .param("zh.present", "true")
                .param("zh.title", "学校举行新学期开学典礼")
                .param("zh.summary", "摘要")
                .param("zh.body", "<p>正文<strong>加粗</strong></p>")
                .param("en.present", "true")
                .param("en.title", "University Holds Opening Ceremony")
                .param("en.summary", "Summary")
                .param("en.body", "<p>Body with <strong>bold</strong></p><ul><li>one</li></ul>");
    }

    /** An English original only, with a title of its own. */
    public static ArticleEditorPost englishOnly(Section section, Department department, String title) {
        return new ArticleEditorPost(section, department)
                .param("original", "EN")
                .param("en.present", "true")
                .param("en.title", title);
    }

    public ArticleEditorPost param(String name, String... values) {
        fields.put(name, List.of(values));
        return this;
    }

    public ArticleEditorPost without(String name) {
        fields.remove(name);
        return this;
    }

    public ArticleEditorPost enBody(String body) {
        return param("en.body", body);
    }

    public ArticleEditorPost zhBody(String body) {
        return param("zh.present", "true").param("zh.title", "配图新闻").param("zh.body", body);
    }

    /**
     * Accepts, with this reason, every warning of the pre-publishing checks that the editor page offers to accept
     * (as a reviewer does before publishing an article with warnings).
     */
    public ArticleEditorPost acceptingWarningsOf(String editorPage, String reason) {
        java.util.List<String> keys = org.jsoup.Jsoup.parse(editorPage).select("input[type=hidden][name=overrideKey]").eachAttr("value");
        param("overrideKey", keys.toArray(String[]::new));
        param("overrideReason", java.util.Collections.nCopies(keys.size(), reason).toArray(String[]::new));
        return this;
    }

    /** The fields with their first value each, for {@link WebSession#post}. */
    public Map<String, String> singleValues() {
        Map<String, String> single = new LinkedHashMap<>();
        fields.forEach((name, values) -> single.put(name, values.get(0)));
        return single;
    }

    /** The fields as a urlencoded form body, for requests sent over HTTP. */
    public String formBody() {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return body.toString();
    }

    public MockHttpServletRequestBuilder post(String path) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request;
    }
}
