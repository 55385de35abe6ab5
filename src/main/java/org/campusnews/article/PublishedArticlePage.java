package org.campusnews.article;

import java.util.List;

/** One page of a selection of published articles; {@code next} is null when no article follows. */
public record PublishedArticlePage(List<PublishedArticle> articles, ReleasePosition next) {
}
