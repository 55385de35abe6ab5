package org.campusnews.pagecache;

import java.time.Instant;
import java.util.Optional;

/**
 * Changes that happen by the clock rather than by a save: an article scheduled for a release time appears at that
 * time, so the pages listing it must be rendered again then.
 */
public interface ScheduledChanges {

    /** Invalidates what the changes due in (after, upTo] affect, and returns when the next one is due. */
    Optional<Instant> applyDue(Instant after, Instant upTo);
}
