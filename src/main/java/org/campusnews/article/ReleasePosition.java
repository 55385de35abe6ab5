package org.campusnews.article;

import java.time.Instant;

/**
 * A place in the order of published articles, newest release first and, within one release time, highest id first.
 * A page that starts after a position holds the same articles however many newer ones were published meanwhile.
 */
public record ReleasePosition(Instant releaseTime, long id) {
}
