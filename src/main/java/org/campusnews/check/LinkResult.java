package org.campusnews.check;

import java.time.Instant;

/**
 * The answer of one check of a link.
 *
 * @param status the last HTTP status received; 0 when there was none
 */
record LinkResult(LinkOutcome outcome, int status, Instant checkedAt) {
}
