package org.campusnews.dashboard;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.campusnews.web.StaffTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes each part of the statistics from its figures: the table (shown and exported alike), the chart of the same
 * figures, and the texts in the reader's language.
 */
@Component
class StatisticsBlocks {

    static final Duration WEEK = Duration.ofDays(7);
    static final Duration MONTH = Duration.ofDays(30);
    static final int MOST_READ = 10;

    private final PublishingFigures figures;
    private final MessageSource messages;
    private final StaffTime time;

    StatisticsBlocks(PublishingFigures figures, MessageSource messages, StaffTime time) {
        this.figures = figures;
        this.messages = messages;
        this.time = time;
    }

    StatBlock block(DashboardTable table, MonthRange range, FigureFormat format) {
        return switch (table) {
            case PUBLISHED -> published(range, format);
            case SECTION_VIEWS -> views(table, figures.viewsPerSection(range, format.language()), "dashboard.column.section",
                    "dashboard.sectionViews.title", "dashboard.sectionViews.description", "dashboard.sectionViews.empty", format);
            case DEPARTMENT_VIEWS -> views(table, figures.viewsPerDepartment(range, format.language()),
                    "dashboard.column.department", "dashboard.departmentViews.title",
                    "dashboard.departmentViews.description", "dashboard.departmentViews.empty", format);
            case MOST_READ_WEEK -> mostRead(table, WEEK, "dashboard.week.title", "dashboard.week.description", format);
            case MOST_READ_MONTH -> mostRead(table, MONTH, "dashboard.month.title", "dashboard.month.description", format);
            case REVIEW_TIME -> reviewTime(range, format);
        };
    }

    String period(MonthRange range, FigureFormat format) {
        return text(format, "dashboard.statistics.period", format.month(range.from()), format.month(range.to()),
                figures.zone().getId());
    }

    private StatBlock published(MonthRange range, FigureFormat format) {
        List<YearMonth> months = range.months();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (PublishingFigures.MonthCount count : figures.publishedPerDepartmentAndMonth(range, format.language())) {
            names.put(count.departmentId(), count.department());
            int index = months.indexOf(count.month());
            if (index >= 0) {
                counts.computeIfAbsent(count.departmentId(), id -> new long[months.size()])[index] += count.articles();
            }
        }
        List<StatTable.Column> columns = new ArrayList<>();
        columns.add(new StatTable.Column(text(format, "dashboard.column.department"), false));
        months.forEach(month -> columns.add(new StatTable.Column(format.month(month), true)));
        columns.add(new StatTable.Column(text(format, "dashboard.column.total"), true));
        List<List<StatTable.Cell>> rows = new ArrayList<>();
        List<SvgChart.Series> series = new ArrayList<>();
        List<SvgChart.LegendEntry> legend = new ArrayList<>();
        long[] perMonth = new long[months.size()];
        long all = 0;
        for (Map.Entry<Long, long[]> department : counts.entrySet()) {
            List<StatTable.Cell> row = new ArrayList<>();
            row.add(StatTable.Cell.text(names.get(department.getKey())));
            long total = 0;
            for (int i = 0; i < months.size(); i++) {
                long value = department.getValue()[i];
                row.add(StatTable.Cell.number(value, format));
                perMonth[i] += value;
                total += value;
            }
            row.add(StatTable.Cell.number(total, format));
            rows.add(row);
            all += total;
            String fill = SvgChart.fill(series.size());
            series.add(new SvgChart.Series(names.get(department.getKey()), fill, department.getValue()));
            legend.add(new SvgChart.LegendEntry(names.get(department.getKey()), fill));
        }
        List<StatTable.Cell> footer = new ArrayList<>();
        footer.add(StatTable.Cell.text(text(format, "dashboard.row.total")));
        for (long value : perMonth) {
            footer.add(StatTable.Cell.number(value, format));
        }
        footer.add(StatTable.Cell.number(all, format));
        String title = text(format, "dashboard.published.title");
        SvgChart chart = null;
        if (!rows.isEmpty()) {
            List<String> categories = months.stream().map(format::shortMonth).toList();
            List<String> years = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                years.add(i == 0 || months.get(i).getMonthValue() == 1 ? format.year(months.get(i)) : null);
            }
            chart = SvgChart.stacked("chart-published", text(format, "dashboard.published.chart"), categories, years,
                    series, format);
        }
        return new StatBlock(DashboardTable.PUBLISHED, title, text(format, "dashboard.published.description"), chart,
                legend, new StatTable(columns, rows, rows.isEmpty() ? List.of() : footer),
                rows.isEmpty() ? null : text(format, "dashboard.published.summary", format.count(all)),
                text(format, "dashboard.published.empty"));
    }

    private StatBlock views(DashboardTable table, List<PublishingFigures.ViewTotal> totals, String nameColumn,
            String titleKey, String descriptionKey, String emptyKey, FigureFormat format) {
        List<StatTable.Column> columns = List.of(new StatTable.Column(text(format, nameColumn), false),
                new StatTable.Column(text(format, "dashboard.column.articles"), true),
                new StatTable.Column(text(format, "dashboard.column.views"), true));
        List<List<StatTable.Cell>> rows = new ArrayList<>();
        long articles = 0;
        long views = 0;
        for (PublishingFigures.ViewTotal total : totals) {
            rows.add(List.of(StatTable.Cell.text(total.name()), StatTable.Cell.number(total.articles(), format),
                    StatTable.Cell.number(total.views(), format)));
            articles += total.articles();
            views += total.views();
        }
        List<StatTable.Cell> footer = rows.isEmpty() ? List.of() : List.of(StatTable.Cell.text(text(format, "dashboard.row.total")),
                StatTable.Cell.number(articles, format), StatTable.Cell.number(views, format));
        String title = text(format, titleKey);
        SvgChart chart = rows.isEmpty() ? null : SvgChart.bars("chart-" + table.slug(), title,
                totals.stream().map(PublishingFigures.ViewTotal::name).toList(),
                totals.stream().map(total -> (double) total.views()).toList(),
                totals.stream().map(total -> format.count(total.views())).toList());
        return new StatBlock(table, title, text(format, descriptionKey), chart, List.of(),
                new StatTable(columns, rows, footer), null, text(format, emptyKey));
    }

    private StatBlock mostRead(DashboardTable table, Duration window, String titleKey, String descriptionKey,
            FigureFormat format) {
        List<StatTable.Column> columns = List.of(new StatTable.Column(text(format, "dashboard.column.rank"), true),
                new StatTable.Column(text(format, "dashboard.column.title"), false),
                new StatTable.Column(text(format, "dashboard.column.department"), false),
                new StatTable.Column(text(format, "dashboard.column.section"), false),
                new StatTable.Column(text(format, "dashboard.column.released"), false),
                new StatTable.Column(text(format, "dashboard.column.views"), true));
        List<List<StatTable.Cell>> rows = new ArrayList<>();
        for (PublishingFigures.ReadArticle article : figures.mostRead(window, MOST_READ, format.language())) {
            rows.add(List.of(StatTable.Cell.number(rows.size() + 1, format),
                    StatTable.Cell.title(article.title(), article.titleLang(), "/admin/articles/" + article.id() + "/edit"),
                    StatTable.Cell.text(article.department()), StatTable.Cell.text(article.section()),
                    StatTable.Cell.text(time.toMinute(article.released())), StatTable.Cell.number(article.views(), format)));
        }
        return new StatBlock(table, text(format, titleKey), text(format, descriptionKey), null, List.of(),
                new StatTable(columns, rows, List.of()), null, text(format, "dashboard.mostRead.empty"));
    }

    private StatBlock reviewTime(MonthRange range, FigureFormat format) {
        List<StatTable.Column> columns = List.of(new StatTable.Column(text(format, "dashboard.column.department"), false),
                new StatTable.Column(text(format, "dashboard.column.publications"), true),
                new StatTable.Column(text(format, "dashboard.column.median"), true));
        List<List<StatTable.Cell>> rows = new ArrayList<>();
        List<StatTable.Cell> footer = List.of();
        String summary = null;
        List<String> names = new ArrayList<>();
        List<Double> hours = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (PublishingFigures.ReviewTime wait : figures.reviewTimes(range, format.language())) {
            double median = wait.median().toMillis() / 3_600_000.0;
            if (wait.departmentId() == null) {
                footer = List.of(StatTable.Cell.text(text(format, "dashboard.row.allDepartments")),
                        StatTable.Cell.number(wait.articles(), format), StatTable.Cell.decimal(median, format));
                summary = text(format, "dashboard.reviewTime.summary", format.oneDecimal(median),
                        format.oneDecimal(median / 24), format.count(wait.articles()));
                continue;
            }
            rows.add(List.of(StatTable.Cell.text(wait.department()), StatTable.Cell.number(wait.articles(), format),
                    StatTable.Cell.decimal(median, format)));
            names.add(wait.department());
            hours.add(median);
            shown.add(text(format, "dashboard.hours", format.oneDecimal(median)));
        }
        String title = text(format, "dashboard.reviewTime.title");
        SvgChart chart = rows.isEmpty() ? null : SvgChart.bars("chart-review-time", title, names, hours, shown);
        return new StatBlock(DashboardTable.REVIEW_TIME, title, text(format, "dashboard.reviewTime.description"), chart,
                List.of(), new StatTable(columns, rows, footer), summary, text(format, "dashboard.reviewTime.empty"));
    }

    private String text(FigureFormat format, String key, Object... arguments) {
        return messages.getMessage(key, arguments, format.locale());
    }
}
