package org.campusnews.article;

/** A link target: an article's id and its title in the language of the page that links to it. */
public record ArticleLink(long id, String title) {
}
