package org.campusnews.article;

/**
 * What one department made public in a language: the articles it published and those whose version in that
 * language it translated, each list with its own page.
 */
public record DepartmentPublications(DepartmentActivity department, ArchiveListPage published,
        ArchiveListPage translated) {
}
