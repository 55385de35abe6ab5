package org.campusnews.dashboard;

/**
 * What the dashboard shows a person: what waits for them and, for editors and administrators, the statistics.
 *
 * @param review     articles waiting for their review; null for those who review nothing
 * @param statistics the figures of the months asked, or null: for authors, or when the months were not valid
 * @param rangeError the message code saying why the months asked were not valid, or null
 */
public record Dashboard(WorkList review, WorkList returned, WorkList drafts, WorkList scheduled, WorkList recent,
        boolean showsStatistics, Statistics statistics, String rangeError, String from, String to) {

    public boolean reviews() {
        return review != null;
    }
}
