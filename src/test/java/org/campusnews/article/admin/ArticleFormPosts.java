package org.campusnews.article.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The fields the article editor posts, filled with valid values that a test then changes. */
final class ArticleFormPosts {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private ArticleFormPosts() {
    }

    static ArticleFormPosts valid(Section section, Department department) {
        ArticleFormPosts form = new ArticleFormPosts();
        form.fields.put("sectionId", section.getId().toString());
        form.fields.put("departmentId", department.getId().toString());
        form.fields.put("source", "News Office");
        form.fields.put("releaseTime", "2026-03-01T09:30");
        form.fields.put("original", "ZH");
        form.fields.put("version", "0");
        form.fields.put("zh.present", "true");
        form.fields.put("zh.title", "学校举行新学期开学典礼");
        form.fields.put("zh.summary", "摘要");
        form.fields.put("zh.body", "<p>正文<strong>加粗</strong></p>");
        form.fields.put("en.present", "true");
        form.fields.put("en.title", "University Holds Opening Ceremony");
        form.fields.put("en.summary", "Summary");
        form.fields.put("en.body", "<p>Body with <strong>bold</strong></p><ul><li>one</li></ul>");
        return form;
    }

    ArticleFormPosts with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    ArticleFormPosts without(String field) {
        fields.remove(field);
        return this;
    }

    MockHttpServletRequestBuilder post(String path) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach(request::param);
        return request;
    }
}
