package org.campusnews.article;

/**
 * One page of a month's articles in a language, and whether the month has articles in the other language too (so
 * that the page may point to its counterpart).
 */
public record MonthArchive(ArchiveListPage articles, boolean inOtherLanguage) {
}
