package org.campusnews.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server: the shapes of an inline SVG, placed here, which the template only writes out
 * (positions as SVG presentation attributes, colours as {@code fill}: no style attribute, so the page keeps its
 * strict Content-Security-Policy). Its figures are those of the table beside it, which is what screen readers get;
 * the chart itself is one image with a title.
 */
public record SvgChart(String id, String title, int width, int height, List<Rect> rects, List<Label> labels,
        List<Line> lines) {

    /** A bar, with its figure as a tooltip. */
    public record Rect(String x, String y, String width, String height, String fill, String tip) {
    }

    /** {@code anchor} is {@code start}, {@code middle} or {@code end}; {@code kind} a class of our stylesheet. */
    public record Label(String x, String y, String anchor, String text, String kind) {
    }

    public record Line(String x1, String y1, String x2, String y2) {
    }

    /** One series of a stacked chart: a department's articles per month, say. */
    record Series(String name, String fill, long[] values) {
    }

    public record LegendEntry(String name, String fill) {
    }

    static final String[] PALETTE = {"#0b5cad", "#d4700a", "#1a7f37", "#cf222e", "#8250df", "#0f7b8a", "#9a6700",
        "#bf3989", "#57606a", "#4d2d00"};

    private static final int WIDTH = 760;

    static String fill(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /**
     * Vertical bars, one per category (a month), each a stack of the series' values. {@code groupLabels} is a second
     * line under some categories (the year under January and under the first month), or null.
     */
    static SvgChart stacked(String id, String title, List<String> categories, List<String> groupLabels,
            List<Series> series, FigureFormat format) {
        int height = 280;
        double left = 52;
        double top = 14;
        double plotWidth = WIDTH - left - 10;
        double plotHeight = height - top - 46;
        long largest = 0;
        for (int i = 0; i < categories.size(); i++) {
            long sum = 0;
            for (Series one : series) {
                sum += one.values()[i];
            }
            largest = Math.max(largest, sum);
        }
        long scale = niceCeiling(largest);
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (long tick : ticks(scale)) {
            double y = top + plotHeight - plotHeight * tick / scale;
            lines.add(new Line(n(left), n(y), n(left + plotWidth), n(y)));
            labels.add(new Label(n(left - 6), n(y + 4), "end", format.count(tick), "chart-axis"));
        }
        double slot = plotWidth / Math.max(1, categories.size());
        double barWidth = Math.max(1, Math.min(56, slot * 0.7));
        for (int i = 0; i < categories.size(); i++) {
            double x = left + slot * i + (slot - barWidth) / 2;
            double stacked = 0;
            for (Series one : series) {
                long value = one.values()[i];
                if (value == 0) {
                    continue;
                }
                double barHeight = plotHeight * value / scale;
                double y = top + plotHeight - stacked - barHeight;
                rects.add(new Rect(n(x), n(y), n(barWidth), n(barHeight), one.fill(),
                        one.name() + ", " + categories.get(i) + ": " + format.count(value)));
                stacked += barHeight;
            }
            // Month names fit under every bar up to two years; beyond that, every third or sixth.
            int step = categories.size() <= 24 ? 1 : categories.size() <= 60 ? 3 : 6;
            if (i % step == 0) {
                labels.add(new Label(n(x + barWidth / 2), n(top + plotHeight + 16), "middle", categories.get(i), "chart-axis"));
            }
            if (groupLabels != null && groupLabels.get(i) != null) {
                labels.add(new Label(n(x + barWidth / 2), n(top + plotHeight + 32), "middle", groupLabels.get(i), "chart-axis"));
            }
        }
        return new SvgChart(id, title, WIDTH, height, rects, labels, lines);
    }

    /** Horizontal bars, one per row, with its label on the left and its figure at the bar's end. */
    static SvgChart bars(String id, String title, List<String> names, List<Double> values, List<String> shown) {
        double rowHeight = 26;
        double top = 6;
        double labelWidth = 210;
        double valueWidth = 90;
        double barSpace = WIDTH - labelWidth - valueWidth;
        int height = (int) Math.ceil(top * 2 + rowHeight * names.size());
        double largest = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double y = top + rowHeight * i;
            double length = largest <= 0 ? 0 : barSpace * values.get(i) / largest;
            labels.add(new Label(n(labelWidth - 8), n(y + 17), "end", shortened(names.get(i)), "chart-label"));
            if (length > 0) {
                rects.add(new Rect(n(labelWidth), n(y + 4), n(Math.max(1, length)), n(rowHeight - 8), PALETTE[0],
                        names.get(i) + ": " + shown.get(i)));
            }
            labels.add(new Label(n(labelWidth + length + 6), n(y + 17), "start", shown.get(i), "chart-value"));
        }
        return new SvgChart(id, title, WIDTH, height, rects, labels, List.of());
    }

    /** The viewBox attribute. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public String titleId() {
        return id + "-title";
    }

    /** The smallest of 1, 2, 5 × 10ⁿ at or above the value, so that the axis has round ticks. */
    static long niceCeiling(long value) {
        if (value <= 1) {
            return 1;
        }
        long magnitude = 1;
        while (magnitude * 10 <= value) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Zero and four more ticks up to the scale, whole numbers only. */
    private static List<Long> ticks(long scale) {
        List<Long> ticks = new ArrayList<>();
        long parts = scale % 4 == 0 ? 4 : scale % 5 == 0 ? 5 : scale % 2 == 0 ? 2 : 1;
        for (long i = 0; i <= parts; i++) {
            ticks.add(scale * i / parts);
        }
        return ticks;
    }

    /** Long names are cut on the chart; the table beside it has them whole. */
    private static String shortened(String name) {
        int limit = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 13 : 26;
        if (name.codePointCount(0, name.length()) <= limit) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, limit - 1)) + "…";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
