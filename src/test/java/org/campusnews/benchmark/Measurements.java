package org.campusnews.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * What was measured on the running application.
 *
 * @param startup from starting the process to {@code /actuator/health} answering UP
 * @param coldStart the first request to the article page after that
 * @param pages the measured pages' rounds
 * @param loadPhaseViews views counted while wrk loaded the article page
 * @param exactPhaseViews views counted for an exact number of requests
 */
record Measurements(Duration startup, Duration coldStart, List<PageMeasurement> pages,
        BrowseCounts.LoadPhase loadPhaseViews, BrowseCounts.ExactPhase exactPhaseViews,
        BrowseCounts.KilledPhase killedPhaseViews) {
}
