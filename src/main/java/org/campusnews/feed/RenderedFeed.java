package org.campusnews.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed written out, with what the page cache must know of it.
 *
 * @param articleIds the articles it lists
 * @param lastModified the newest change among its items; null when it lists none
 */
public record RenderedFeed(String xml, FeedFormat format, List<Long> articleIds, Instant lastModified) {
}
