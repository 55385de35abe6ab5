package org.campusnews.dashboard;

import java.util.List;

/** The statistics of a range of months: the form's values, the period in words and the parts, in order. */
public record Statistics(MonthRange range, String from, String to, String period, List<StatBlock> blocks) {
}
