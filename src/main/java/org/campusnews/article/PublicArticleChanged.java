package org.campusnews.article;

import org.campusnews.common.SharedChange;

/**
 * Something the public pages may show of an article changed (its text, its place in the section's list, its
 * visibility), published once per section whose list was recomputed.
 *
 * @param articleId the article that changed; null when any number of the section's articles did
 * @param listChanged whether an article entered, left or moved in the section's list
 */
public record PublicArticleChanged(long sectionId, Long articleId, boolean listChanged) implements SharedChange {
}
