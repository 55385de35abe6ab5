package org.campusnews.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff dashboard at {@code /admin}: for everyone what waits for them, for editors and administrators also the
 * publishing statistics of a range of months, each table of which can be downloaded. Authors are refused the
 * statistics and their downloads.
 */
@Service
public class DashboardService {

    private final ReviewQueue reviewQueue;
    private final OwnWork ownWork;
    private final StatisticsBlocks blocks;
    private final Clock clock;
    private final PublishingFigures figures;

    DashboardService(ReviewQueue reviewQueue, OwnWork ownWork, StatisticsBlocks blocks, Clock clock,
            PublishingFigures figures) {
        this.reviewQueue = reviewQueue;
        this.ownWork = ownWork;
        this.blocks = blocks;
        this.clock = clock;
        this.figures = figures;
    }

    /** The dashboard; the statistics of the months asked (the last twelve when none are), for those who may see them. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Staff staff, MonthsAsked asked, Locale locale) {
        Language language = Language.of(locale);
        boolean statisticsAllowed = maySeeStatistics(staff);
        if (!statisticsAllowed && asked.any()) {
            throw new AccessDeniedException(staff.getUsername() + " may not see the publishing statistics");
        }
        WorkList review = reviewQueue.reviews(staff) ? reviewQueue.waitingFor(staff, language) : null;
        WorkList returned = ownWork.returned(staff, language);
        WorkList drafts = ownWork.drafts(staff, language);
        WorkList scheduled = ownWork.scheduled(staff, language);
        WorkList recent = ownWork.recent(staff, language);
        if (!statisticsAllowed) {
            return new Dashboard(review, returned, drafts, scheduled, recent, false, null, null, "", "");
        }
        MonthRange.Choice choice = MonthRange.choose(asked, currentMonth());
        if (choice.range() == null) {
            return new Dashboard(review, returned, drafts, scheduled, recent, true, null, choice.errorKey(),
                    asked.from() == null ? "" : asked.from().toString(), asked.to() == null ? "" : asked.to().toString());
        }
        Statistics statistics = statistics(choice.range(), new FigureFormat(language));
        return new Dashboard(review, returned, drafts, scheduled, recent, true, statistics, null, statistics.from(),
                statistics.to());
    }

    /**
     * One table of the statistics as a file. An unknown table is not found; months that are not valid are a bad
     * request.
     */
    @Transactional(readOnly = true)
    public TableExport export(String tableName, ExportFormat format, MonthsAsked asked, Staff staff, Locale locale) {
        if (!maySeeStatistics(staff)) {
            throw new AccessDeniedException(staff.getUsername() + " may not download the publishing statistics");
        }
        DashboardTable table = DashboardTable.fromSlug(tableName)
                .orElseThrow(() -> new NotFoundException("No table " + tableName));
        MonthRange.Choice choice = MonthRange.choose(asked, currentMonth());
        if (choice.range() == null) {
            throw new BadRequestException("Months not valid: " + choice.errorKey());
        }
        MonthRange range = choice.range();
        StatBlock block = blocks.block(table, range, new FigureFormat(Language.of(locale)));
        String name = "campus-news-" + table.slug() + "-" + range.from() + "-" + range.to() + "." + format.extension();
        byte[] content = format == ExportFormat.CSV ? CsvTable.write(block.data()) : XlsxTable.write(block.title(), block.data());
        return new TableExport(name, format.contentType(), content);
    }

    private static boolean maySeeStatistics(Staff staff) {
        return staff.canPublish();
    }

    private Statistics statistics(MonthRange range, FigureFormat format) {
        List<StatBlock> parts = Arrays.stream(DashboardTable.values()).map(table -> blocks.block(table, range, format)).toList();
        return new Statistics(range, range.from().toString(), range.to().toString(), blocks.period(range, format), parts);
    }

    private YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(figures.zone()));
    }
}
