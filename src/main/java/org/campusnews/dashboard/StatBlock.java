package org.campusnews.dashboard;

import java.util.List;

/**
 * One part of the statistics: its title, what its figures mean, a chart (or none) with its legend, the table of
 * the same figures, a sentence summing it up (or none), and what to say when there is nothing to show.
 */
public record StatBlock(DashboardTable table, String title, String description, SvgChart chart,
        List<SvgChart.LegendEntry> legend, StatTable data, String summary, String empty) {

    public String slug() {
        return table.slug();
    }
}
