package org.campusnews.feed;

import java.time.Instant;
import java.util.List;

import org.campusnews.i18n.Language;
import org.campusnews.media.ImageFile;

/**
 * A feed as both formats describe it, with absolute addresses throughout.
 *
 * @param htmlLink the page the feed follows
 * @param selfLink the feed's own address, in the format written
 * @param updated the newest change among the items (the feed's build time when it has none)
 */
record FeedDocument(String title, String description, String htmlLink, String selfLink, Language language,
        Instant updated, List<Item> items) {

    /**
     * @param content the whole text as HTML, with absolute addresses
     * @param enclosure the cover image, its address absolute; null without one
     */
    record Item(long id, String title, String link, String summary, String content, Instant published,
            Instant updated, String author, String category, String categoryTerm, ImageFile enclosure) {
    }
}
