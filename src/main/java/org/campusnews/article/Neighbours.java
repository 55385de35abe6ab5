package org.campusnews.article;

import java.util.Optional;

/**
 * The articles listed just above ({@code previous}, newer or pinned) and just below ({@code next}, older) an article
 * in its section's public list.
 */
public record Neighbours(Optional<ArticleLink> previous, Optional<ArticleLink> next) {

    public static final Neighbours NONE = new Neighbours(Optional.empty(), Optional.empty());
}
