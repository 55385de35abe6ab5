package org.campusnews.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole months of the statistics, from the first day of {@code from} to the end of {@code to}, in the site's time
 * zone. By default the last twelve months, the current one included.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    static final int DEFAULT_MONTHS = 12;

    /** More bars than this would not fit a chart; ten years is more than a year's report needs. */
    static final int MAX_MONTHS = 120;

    /** The range asked for, or why there is none: a message code for the form. */
    record Choice(MonthRange range, String errorKey) {
    }

    /** The months asked, the missing ends filled in from the current month, checked. */
    static Choice choose(MonthsAsked asked, YearMonth current) {
        if (asked.malformed()) {
            return new Choice(null, "dashboard.range.month");
        }
        YearMonth to = asked.to() != null ? asked.to()
                : asked.from() != null ? min(asked.from().plusMonths(DEFAULT_MONTHS - 1), current) : current;
        YearMonth from = asked.from() != null ? asked.from() : to.minusMonths(DEFAULT_MONTHS - 1);
        if (from.isAfter(to)) {
            return new Choice(null, "dashboard.range.order");
        }
        MonthRange range = new MonthRange(from, to);
        if (range.months().size() > MAX_MONTHS) {
            return new Choice(null, "dashboard.range.tooLong");
        }
        return new Choice(range, null);
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to) && months.size() <= MAX_MONTHS; month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    Instant start(ZoneId zone) {
        return from.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first moment after the range. */
    Instant until(ZoneId zone) {
        return to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
