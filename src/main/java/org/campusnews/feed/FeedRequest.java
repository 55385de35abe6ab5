package org.campusnews.feed;

import org.campusnews.i18n.Language;

/**
 * One feed asked for.
 *
 * @param slug the section's or department's slug; null for the site's feed
 */
public record FeedRequest(Language language, FeedScope scope, String slug, FeedFormat format) {
}
