package org.campusnews.article;

/** What a visitor gets when asking for a published article in one language. */
public sealed interface ArticleReading {

    Article article();

    /**
     * The article has a version in the language asked for: the page with its counted views and neighbours, and the
     * live count for showing the page again later.
     */
    record Shown(Article article, ArticleTranslation translation, long browseCount, Neighbours neighbours,
            ViewCount viewCount) implements ArticleReading {
    }

    /** The article exists, but only in the other language; {@code existing} is that version. */
    record OnlyInOtherLanguage(Article article, ArticleTranslation existing) implements ArticleReading {
    }
}
