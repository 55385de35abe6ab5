package org.campusnews.article;

/** A section with both its names and how many articles it lists now in each language. */
public record SectionCount(String slug, String nameEn, String nameZh, long articlesEn, long articlesZh) {
}
