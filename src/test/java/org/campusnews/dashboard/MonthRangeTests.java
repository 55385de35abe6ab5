package org.campusnews.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MonthRangeTests {

    private static final YearMonth NOW = YearMonth.of(2026, 5);

    @Test
    void byDefaultTheLastTwelveMonthsWithThisOne() {
        MonthRange.Choice choice = MonthRange.choose(MonthsAsked.NONE, NOW);

        assertThat(choice.range()).isEqualTo(new MonthRange(YearMonth.of(2025, 6), NOW));
        assertThat(choice.range().months()).hasSize(12).startsWith(YearMonth.of(2025, 6)).endsWith(NOW);
    }

    @Test
    void aMissingEndIsFilledIn() {
        assertThat(MonthRange.choose(new MonthsAsked(YearMonth.of(2024, 1), null, false), NOW).range())
                .isEqualTo(new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12)));
        assertThat(MonthRange.choose(new MonthsAsked(YearMonth.of(2026, 2), null, false), NOW).range())
                .isEqualTo(new MonthRange(YearMonth.of(2026, 2), NOW));
        assertThat(MonthRange.choose(new MonthsAsked(null, YearMonth.of(2020, 3), false), NOW).range())
                .isEqualTo(new MonthRange(YearMonth.of(2019, 4), YearMonth.of(2020, 3)));
    }

    @Test
    void oneMonthIsARange() {
        MonthRange range = MonthRange.choose(new MonthsAsked(NOW, NOW, false), NOW).range();

        assertThat(range.months()).containsExactly(NOW);
    }

    @Test
    void refusedRangesSayWhy() {
        assertThat(MonthRange.choose(MonthsAsked.malformedMonths(), NOW).errorKey()).isEqualTo("dashboard.range.month");
        assertThat(MonthRange.choose(new MonthsAsked(YearMonth.of(2026, 3), YearMonth.of(2026, 2), false), NOW).errorKey())
                .isEqualTo("dashboard.range.order");
        assertThat(MonthRange.choose(new MonthsAsked(YearMonth.of(2026, 6), null, false), NOW).errorKey())
                .as("from a month to come, with the current month as the end").isEqualTo("dashboard.range.order");
        assertThat(MonthRange.choose(new MonthsAsked(YearMonth.of(2010, 1), YearMonth.of(2019, 12), false), NOW).range())
                .as("120 months").isNotNull();
        assertThat(MonthRange.choose(new MonthsAsked(YearMonth.of(2010, 1), YearMonth.of(2020, 1), false), NOW).errorKey())
                .isEqualTo("dashboard.range.tooLong");
    }

    @Test
    void monthsAreWholeMonthsInTheSitesZone() {
        MonthRange range = new MonthRange(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(range.start(shanghai)).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(range.until(shanghai)).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    }
}
