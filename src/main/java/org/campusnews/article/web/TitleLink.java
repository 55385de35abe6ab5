package org.campusnews.article.web;

import org.campusnews.article.ArticleLink;
import org.campusnews.i18n.Language;

/** A previous/next link: the full title for the {@code title} attribute, the shortened one for the link text. */
public record TitleLink(long id, String title, String shortTitle) {

    static TitleLink of(ArticleLink link, Language language) {
        return new TitleLink(link.id(), link.title(), TitleAbbreviator.abbreviate(link.title(), language));
    }
}
