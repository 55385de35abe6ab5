package org.campusnews.demo;

import java.util.List;

/** The shape of {@code demo/demo-content.json}. */
record DemoContent(List<Unit> departments, List<Unit> sections, List<Item> articles) {

    record Unit(String slug, String nameZh, String nameEn, int sortOrder) {
    }

    /** @param sourceDepartment the slug of the department the article comes from; null when each version names it */
    record Item(String section, String department, String sourceDepartment, int daysAgo, int hour, boolean pinned,
            String original, Version zh, Version en) {
    }

    record Version(String title, String summary, String body, String translator, String source) {
    }
}
