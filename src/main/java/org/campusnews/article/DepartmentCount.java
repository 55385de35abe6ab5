package org.campusnews.article;

/**
 * A department with both its names, and in each language how many visible articles it published and how many of
 * their versions it translated.
 */
public record DepartmentCount(String slug, String nameEn, String nameZh, long publishedEn, long publishedZh,
        long translatedEn, long translatedZh) {
}
