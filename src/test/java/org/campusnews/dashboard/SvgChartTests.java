package org.campusnews.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.campusnews.i18n.Language;
import org.junit.jupiter.api.Test;

class SvgChartTests {

    private final FigureFormat format = new FigureFormat(Language.EN);

    @Test
    void theScaleIsARoundNumberAtOrAboveTheLargestFigure() {
        assertThat(SvgChart.niceCeiling(0)).isEqualTo(1);
        assertThat(SvgChart.niceCeiling(3)).isEqualTo(5);
        assertThat(SvgChart.niceCeiling(10)).isEqualTo(10);
        assertThat(SvgChart.niceCeiling(11)).isEqualTo(20);
        assertThat(SvgChart.niceCeiling(420)).isEqualTo(500);
        assertThat(SvgChart.niceCeiling(5001)).isEqualTo(10000);
    }

    @Test
    void stackedBarsAreAsHighAsTheirFiguresAndStandOnTheAxis() {
        SvgChart chart = SvgChart.stacked("c", "Title", List.of("Jan", "Feb"), null,
                List.of(new SvgChart.Series("One", "#000", new long[] {3, 0}), new SvgChart.Series("Two", "#111", new long[] {2, 5})),
                format);

        assertThat(chart.rects()).hasSize(3);
        assertThat(chart.rects()).extracting(SvgChart.Rect::tip).containsExactly("One, Jan: 3", "Two, Jan: 2", "Two, Feb: 5");
        double one = Double.parseDouble(chart.rects().get(0).height());
        double two = Double.parseDouble(chart.rects().get(1).height());
        double feb = Double.parseDouble(chart.rects().get(2).height());
        assertThat(one / two).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(one + two).as("a full bar reaches the scale of 5").isCloseTo(feb, org.assertj.core.data.Offset.offset(0.11));
        double bottom = Double.parseDouble(chart.rects().get(0).y()) + one;
        assertThat(Double.parseDouble(chart.rects().get(2).y()) + feb).isCloseTo(bottom, org.assertj.core.data.Offset.offset(0.11));
        assertThat(chart.viewBox()).isEqualTo("0 0 760 280");
        assertThat(chart.labels()).extracting(SvgChart.Label::text).contains("Jan", "Feb", "0", "5");
    }

    @Test
    void horizontalBarsAreAsLongAsTheirFigures() {
        SvgChart chart = SvgChart.bars("c", "Title", List.of("Short", "A department with a very long name indeed"),
                List.of(100.0, 25.0), List.of("100", "25"));

        double longest = Double.parseDouble(chart.rects().get(0).width());
        assertThat(Double.parseDouble(chart.rects().get(1).width())).isCloseTo(longest / 4, org.assertj.core.data.Offset.offset(0.1));
        assertThat(chart.labels()).extracting(SvgChart.Label::text).contains("Short", "A department with a very …", "100", "25");
    }
}
