package org.campusnews.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed written out, with what the page cache must know of it.
 *
 * @param articleIds the articles it lists
 * @param lastModified when it was written: the page cache writes a feed again only after a change, so this moves on
 *        with every change, an item taken out or a department renamed included (the newest item's change would not)
 */
public record RenderedFeed(String xml, FeedFormat format, List<Long> articleIds, Instant lastModified) {
}
