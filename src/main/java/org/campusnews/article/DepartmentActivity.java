package org.campusnews.article;

/**
 * A department with what it has made public in one language.
 *
 * @param name its name in that language
 * @param published how many visible articles it published that have a version in that language
 * @param translated how many visible versions in that language it is credited with translating
 */
public record DepartmentActivity(String slug, String name, long published, long translated) {
}
