package org.campusnews.dashboard;

import java.time.YearMonth;

/**
 * The months a person asked the statistics for, as the dashboard's form sent them: either end may be left out (the
 * default range fills it in), and {@code malformed} says that something was sent that names no month.
 */
public record MonthsAsked(YearMonth from, YearMonth to, boolean malformed) {

    /** Nothing asked: the default range. */
    public static final MonthsAsked NONE = new MonthsAsked(null, null, false);

    public static MonthsAsked malformedMonths() {
        return new MonthsAsked(null, null, true);
    }

    /** Whether the request asked for statistics at all, rather than just opening the dashboard. */
    boolean any() {
        return from != null || to != null || malformed;
    }
}
