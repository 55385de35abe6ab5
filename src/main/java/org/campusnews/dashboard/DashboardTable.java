package org.campusnews.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** The dashboard's tables of figures, by the name their exports are addressed by. */
public enum DashboardTable {
    PUBLISHED("published"),
    SECTION_VIEWS("section-views"),
    DEPARTMENT_VIEWS("department-views"),
    MOST_READ_WEEK("most-read-week"),
    MOST_READ_MONTH("most-read-month"),
    REVIEW_TIME("review-time");

    private final String slug;

    DashboardTable(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    static Optional<DashboardTable> fromSlug(String slug) {
        return Arrays.stream(values()).filter(table -> table.slug.equals(slug)).findFirst();
    }
}
