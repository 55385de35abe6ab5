package org.campusnews.dashboard.admin;

import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;

import org.campusnews.dashboard.MonthsAsked;

/** The months of the statistics as the dashboard's form sends them ({@code yyyy-mm}); either may be left empty. */
public class DashboardForm {

    /** What a month field sends: a year of this century or the last, and a month. */
    private static final String MONTH = "|(19|20)\\d{2}-(0[1-9]|1[0-2])";

    @Pattern(regexp = MONTH, message = "{dashboard.range.month}")
    private String from;

    @Pattern(regexp = MONTH, message = "{dashboard.range.month}")
    private String to;

    /** The months asked; {@code malformed} when the fields did not pass validation. */
    MonthsAsked asked(boolean malformed) {
        if (malformed) {
            return MonthsAsked.malformedMonths();
        }
        return new MonthsAsked(month(from), month(to), false);
    }

    private static YearMonth month(String value) {
        return value == null || value.isBlank() ? null : YearMonth.parse(value.strip());
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? null : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? null : to.strip();
    }
}
