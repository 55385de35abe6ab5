package org.campusnews.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.ArticleService;
import org.campusnews.article.BrowseCounter;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The dashboard over MockMvc against the database. Each test that needs figures makes them in June and July of a
 * year of its own, long past, with the clock set back to then ({@link DashboardScenario}), so that no other data
 * falls into its months or its "last 7 days".
 */
class DashboardIntegrationTests extends IntegrationTest {

    @Autowired
    MutableClock clock;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleService articleService;

    @Autowired
    BrowseCounter counter;

    @Autowired
    CampusNewsProperties properties;

    @Autowired
    UserService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void editorsSeeTheFiguresOfTheMonthsChosen() throws Exception {
        DashboardScenario s = scenario(2011);

        Document page = dashboard(s.editor, "?from=2011-06&to=2011-07", 200);

        assertThat(page.select("#statistics-period").text()).contains("Jun 2011", "Jul 2011", properties.timeZone().getId());
        assertThat(page.select("#from").attr("value")).isEqualTo("2011-06");
        assertThat(page.select("#to").attr("value")).isEqualTo("2011-07");
        assertThat(headings(page, "published")).containsExactly("Department", "Jun 2011", "Jul 2011", "Total");
        assertThat(rows(page, "published")).containsExactly(
                List.of(s.one.name(Language.EN), "2", "2", "4"),
                List.of(s.two.name(Language.EN), "1", "2", "3"));
        assertThat(footer(page, "published")).containsExactly("Total", "3", "4", "7");
        assertThat(page.select("#stat-published .stat-summary").text()).isEqualTo("7 articles released in these months.");

        assertThat(rows(page, "section-views")).containsExactly(
                List.of(s.second.name(Language.EN), "3", "115"),
                List.of(s.first.name(Language.EN), "4", "37"));
        assertThat(footer(page, "section-views")).containsExactly("Total", "7", "152");
        assertThat(rows(page, "department-views")).containsExactly(
                List.of(s.two.name(Language.EN), "3", "103"),
                List.of(s.one.name(Language.EN), "4", "49"));

        assertThat(column(page, "most-read-week", 1)).containsExactly("Charlie 2011", DashboardScenario.X_TITLE);
        assertThat(column(page, "most-read-week", 5)).containsExactly("100", "12");
        assertThat(page.select("#stat-most-read-week tbody a").eachAttr("href"))
                .containsExactly("/admin/articles/" + s.c + "/edit", "/admin/articles/" + s.x + "/edit");
        assertThat(column(page, "most-read-month", 1)).containsExactly("Charlie 2011", "Alpha 2011",
                DashboardScenario.X_TITLE, "滨江大学新闻2011");
        assertThat(page.select("#stat-most-read-month tbody a[lang=zh-CN]").eachText()).containsExactly("滨江大学新闻2011");

        assertThat(rows(page, "review-time")).containsExactly(
                List.of(s.one.name(Language.EN), "2", "5.5"),
                List.of(s.two.name(Language.EN), "1", "5.0"));
        assertThat(footer(page, "review-time")).containsExactly("All departments", "3", "5.0");
        assertThat(page.select("#stat-review-time .stat-summary").text())
                .isEqualTo("Median for all departments: 5.0 hours (0.2 days), over 3 publications.");

        Document june = dashboard(s.editor, "?from=2011-06&to=2011-06", 200);
        assertThat(footer(june, "published")).containsExactly("Total", "3", "3");
        assertThat(rows(june, "review-time")).as("the publications were all in July").isEmpty();
        assertThat(june.select("#stat-review-time .empty-state").text())
                .isEqualTo("No submitted article was published in these months.");
    }

    @Test
    void chartsAreServerDrawnImagesWithATitleBesideTheirTableAndNoStyleAttribute() throws Exception {
        DashboardScenario s = scenario(2015);

        Document page = dashboard(s.editor, "?from=2015-06&to=2015-07", 200);

        Element chart = page.selectFirst("#stat-published svg[role=img]");
        assertThat(chart).isNotNull();
        String titleId = chart.attr("aria-labelledby");
        assertThat(chart.selectFirst("title").id()).isEqualTo(titleId);
        assertThat(chart.selectFirst("title").text()).isEqualTo("Articles published per month, stacked by department");
        assertThat(chart.select("> rect")).as("one bar piece per department and month").hasSize(4);
        assertThat(chart.select("> rect > title").eachText()).contains(s.one.name(Language.EN) + ", Jun: 2");
        assertThat(chart.select("text").eachText()).contains("Jun", "Jul", "2015");
        assertThat(page.select("#stat-published .chart-legend li").eachText())
                .containsExactly(s.one.name(Language.EN), s.two.name(Language.EN));
        Element views = page.selectFirst("#stat-section-views svg[role=img]");
        assertThat(views.select("> rect")).hasSize(2);
        assertThat(Double.parseDouble(views.select("> rect").get(0).attr("width")))
                .as("the larger figure, the longer bar").isGreaterThan(Double.parseDouble(views.select("> rect").get(1).attr("width")));
        assertThat(page.select("#stat-review-time svg[role=img] > rect")).hasSize(2);
        assertThat(page.select("#stat-most-read-week svg")).as("lists have no chart").isEmpty();
        assertThat(page.select("[style]")).as("no style attribute under the strict CSP").isEmpty();
        assertThat(page.select("script:not([src])")).isEmpty();
    }

    @Test
    void tablesExportAsCsvWithAByteOrderMarkAndFormulasDefused() throws Exception {
        DashboardScenario s = scenario(2013);

        MvcResult published = mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/published.csv?from=2013-06&to=2013-07")
                        .with(as(s.editor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"campus-news-published-2013-06-2013-07.csv\""))
                .andReturn();
        byte[] bytes = published.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(String.join("\r\n",
                "Department,Jun 2013,Jul 2013,Total",
                s.one.name(Language.EN) + ",2,2,4",
                s.two.name(Language.EN) + ",1,2,3",
                "Total,3,4,7", ""));

        String week = csv(s.editor, "/admin/dashboard/export/most-read-week.csv?from=2013-06&to=2013-07");
        assertThat(week.lines().toList()).containsExactly(
                "Rank,Title,Department,Section,Release time,Views",
                "1,Charlie 2013," + s.two.name(Language.EN) + "," + s.second.name(Language.EN)
                        + ",2013-07-15 10:00,100",
                "2,'=1+2 Budget," + s.one.name(Language.EN) + "," + s.second.name(Language.EN)
                        + ",2013-07-18 10:00,12");

        String review = csv(s.editor, "/admin/dashboard/export/review-time.csv?from=2013-06&to=2013-07");
        assertThat(review.lines().toList()).containsExactly("Department,Publications,Median time (hours)",
                s.one.name(Language.EN) + ",2,5.5", s.two.name(Language.EN) + ",1,5.0",
                "All departments,3,5.0");

        String chinese = csv(s.editor, "/admin/dashboard/export/department-views.csv?from=2013-06&to=2013-07&lang=zh");
        assertThat(chinese.lines().toList()).containsExactly("部门,文章数,浏览次数", "第二处2013,3,103", "第一处2013,4,49", "合计,7,152");
    }

    @Test
    void tablesExportAsWorkbooksOfTextAndNumberCellsOnly() throws Exception {
        DashboardScenario s = scenario(2016);

        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/published.xlsx?from=2016-06&to=2016-07")
                        .with(as(s.editor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ExportFormat.XLSX.contentType()))
                .andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Department", "Jun 2016", "Jul 2016", "Total");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(s.one.name(Language.EN));
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(numbers(sheet.getRow(1))).containsExactly(2.0, 2.0, 4.0);
            assertThat(numbers(sheet.getRow(2))).containsExactly(1.0, 2.0, 3.0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(numbers(sheet.getRow(3))).containsExactly(3.0, 4.0, 7.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }

        byte[] week = mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/most-read-week.xlsx?from=2016-06&to=2016-07&lang=zh")
                .with(as(s.editor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(week))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("本周最多阅读");
            assertThat(texts(sheet.getRow(0))).containsExactly("排名", "标题", "部门", "栏目", "发布时间", "浏览次数");
            Cell title = sheet.getRow(2).getCell(1);
            assertThat(title.getCellType()).as("a title starting with = is text").isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(DashboardScenario.X_TITLE);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("第一处2016");
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(12.0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                }
            }
        }
    }

    @Test
    void whatWaitsForEachPersonWithinTheirDepartments() throws Exception {
        DashboardScenario s = new DashboardScenario(2012, content, mvc, clock, properties.timeZone(), articles, this::as);
        s.startClock();
        UserAccount admin = content.staff(Role.ADMIN);
        long inReviewOne = s.create(s.author, DashboardScenario.post(s.first, s.one, "Review me 2012", "2012-07-19T10:00"), "SUBMIT");
        long inReviewTwo = s.create(s.otherAuthor, DashboardScenario.post(s.first, s.two, "Review me too 2012", "2012-07-19T10:00"), "SUBMIT");
        long returned = s.create(s.author, DashboardScenario.post(s.first, s.one, "Returned 2012", "2012-07-19T10:00"), "SUBMIT");
        clock.advance(java.time.Duration.ofMinutes(30));
        s.step(s.editor, returned, DashboardScenario.post(s.first, s.one, "Returned 2012", "2012-07-19T10:00")
                .param("reviewComment", "Add the date of the ceremony"), "RETURN");
        long draftOne = s.create(s.author, DashboardScenario.post(s.first, s.one, "Draft in one 2012", "2012-07-19T10:00"), "SAVE");
        long draftTwo = s.create(s.author, DashboardScenario.post(s.first, s.two, "Draft in two 2012", "2012-07-19T10:00"), "SAVE");
        long laterOne = content.article(s.first, s.one).en("Later in one 2012").releasedAt(s.at(7, 21, 8, 0)).save().getId();
        long laterTwo = content.article(s.first, s.two).en("Later in two 2012").releasedAt(s.at(7, 21, 9, 0)).save().getId();

        Document editor = dashboard(s.editor, "", 200);
        assertThat(ids(editor, "#waiting-review li")).as("oldest first").startsWith(inReviewOne, inReviewTwo)
                .doesNotContain(returned, draftOne);
        Element first = editor.selectFirst("#waiting-review li");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/admin/articles/" + inReviewOne + "/edit");
        assertThat(first.text()).contains("Review me 2012", s.one.name(Language.EN),
                "Submitted 2012-07-20 09:00 by " + s.author.getUsername());
        assertThat(ids(editor, "#scheduled li")).startsWith(laterOne, laterTwo);
        assertThat(ids(editor, "#returned li")).isEmpty();
        assertThat(ids(editor, "#recent li")).containsExactly(returned);
        assertThat(editor.select("#statistics")).hasSize(1);
        assertThat(ids(dashboard(admin, "", 200), "#waiting-review li")).startsWith(inReviewOne, inReviewTwo);

        Document author = dashboard(s.author, "", 200);
        assertThat(author.select("#waiting-review")).as("authors review nothing").isEmpty();
        assertThat(author.select("#statistics")).isEmpty();
        assertThat(ids(author, "#returned li")).containsExactly(returned);
        assertThat(author.selectFirst("#returned li").text()).contains("Returned 2012-07-20 09:30 by " + s.editor.getUsername(),
                "Comment: Add the date of the ceremony");
        assertThat(ids(author, "#drafts li")).containsExactly(draftTwo, draftOne);
        assertThat(author.select("#drafts .work-count").text()).isEqualTo("2");
        assertThat(ids(author, "#scheduled li")).containsExactly(laterOne, laterTwo);
        assertThat(ids(author, "#recent li")).containsExactly(draftTwo, draftOne, returned, inReviewOne);
        assertThat(author.select("#recent li a").eachAttr("href")).contains("/admin/articles/" + draftTwo + "/edit");

        Document other = dashboard(s.otherAuthor, "", 200);
        assertThat(ids(other, "#scheduled li")).as("only their department's").containsExactly(laterTwo);
        assertThat(ids(other, "#drafts li")).isEmpty();
        assertThat(ids(other, "#recent li")).containsExactly(inReviewTwo);

        UserAccount moved = content.staff(Role.AUTHOR, s.one);
        long movedDraft = s.create(moved, DashboardScenario.post(s.first, s.one, "Left behind 2012", "2012-07-19T10:00"), "SAVE");
        assertThat(ids(dashboard(moved, "", 200), "#drafts li")).containsExactly(movedDraft);
        UserAccount account = users.get(moved.getId());
        users.updateByAdmin(account.getId(), account.getVersion(), admin.getId(), account.getDisplayName(), Role.AUTHOR,
                Set.of(s.two.getId()), true);
        Document afterMove = dashboard(moved, "", 200);
        assertThat(ids(afterMove, "#drafts li")).as("a draft of a department they left, which they may not open").isEmpty();
        assertThat(ids(afterMove, "#recent li")).isEmpty();
        assertThat(ids(afterMove, "#scheduled li")).containsExactly(laterTwo);

        s.step(s.author, returned, DashboardScenario.post(s.first, s.one, "Returned 2012", "2012-07-19T10:00"), "SUBMIT");
        assertThat(ids(dashboard(s.author, "", 200), "#returned li")).as("submitted again").isEmpty();
    }

    @Test
    void longListsTellHowManyTheyShowOfHowManyAndTheReviewsLinkToAllOfThem() throws Exception {
        DashboardScenario s = new DashboardScenario(2010, content, mvc, clock, properties.timeZone(), articles, this::as);
        s.startClock();
        for (int i = 0; i < 11; i++) {
            s.create(s.author, DashboardScenario.post(s.first, s.one, "Many drafts " + i, "2010-07-19T10:00"), "SAVE");
        }
        for (int i = 0; i < 11; i++) {
            s.create(s.author, DashboardScenario.post(s.first, s.one, "Many in review " + i, "2010-07-19T10:00"), "SUBMIT");
        }

        Document author = dashboard(s.author, "", 200);
        assertThat(author.select("#drafts .work-count").text()).isEqualTo("11");
        assertThat(author.select("#drafts li")).hasSize(10);
        assertThat(author.select("#drafts > p.muted").eachText()).containsExactly("Showing 10 of 11.");
        assertThat(author.select("#returned > p.muted").eachText()).containsExactly("None of your articles has been returned.");
        assertThat(author.select("#recent li")).hasSize(10);
        assertThat(author.select("#recent .work-count, #recent > p")).as("the recent work tells no count").isEmpty();
        for (String list : List.of("returned", "drafts", "scheduled", "recent")) {
            Element section = author.getElementById(list);
            assertThat(section.attr("aria-labelledby")).isEqualTo(list + "-heading");
            assertThat(section.selectFirst("h2").id()).isEqualTo(list + "-heading");
        }

        Document editor = dashboard(s.editor, "", 200);
        Element reviews = editor.getElementById("waiting-review");
        assertThat(reviews.select("li")).hasSize(10);
        assertThat(Long.parseLong(reviews.select(".work-count").text())).isGreaterThan(10);
        Element more = reviews.selectFirst("> p.muted");
        assertThat(more.selectFirst("span").text()).isEqualTo("Showing 10 of " + reviews.select(".work-count").text() + ".");
        assertThat(more.selectFirst("a").attr("href")).isEqualTo("/admin/articles?status=IN_REVIEW");
        assertThat(more.selectFirst("a").text()).isEqualTo("All articles in review");
        assertThat(editor.select("#drafts > p.muted").eachText()).containsExactly("You have no drafts.");
    }

    @Test
    void theChineseAdminShowsTheDashboardInChinese() throws Exception {
        DashboardScenario s = scenario(2014);

        Document page = dashboard(s.editor, "?from=2014-06&to=2014-07&lang=zh", 200);

        assertThat(page.select("h1").text()).isEqualTo("工作台");
        assertThat(page.select(".work-list h2 > span:first-child, .work-list h2:not(:has(span))").eachText())
                .containsExactly("待您审核", "退回给您的文章", "您的草稿", "定时发布", "您最近的工作");
        assertThat(page.select("#statistics-heading").text()).isEqualTo("发布统计");
        assertThat(page.select("label[for=from]").text()).isEqualTo("起始月份");
        assertThat(headings(page, "published")).containsExactly("部门", "2014年6月", "2014年7月", "合计");
        assertThat(rows(page, "published").get(0).get(0)).isEqualTo("第一处2014");
        assertThat(page.select(".stat-block h3").eachText()).containsExactly("各部门每月发布文章数", "各栏目浏览次数",
                "各部门浏览次数", "本周最多阅读", "本月最多阅读", "从提交到发布的时长");
        assertThat(page.select("#stat-published svg text").eachText()).contains("6月", "7月", "2014年");
        assertThat(page.select("#stat-review-time .stat-summary").text()).isEqualTo("全部部门的中位时长：5.0 小时（0.2 天），共 3 次发布。");
        assertThat(page.select("#statistics-period").text()).startsWith("2014年6月至2014年7月");
        assertThat(page.select(".stat-export a").eachText()).contains("CSV", "Excel");
        assertThat(page.select(".stat-block .muted").eachText()).allSatisfy(text -> assertThat(text).doesNotContainPattern("[A-Za-z]{4,}"));
    }

    @Test
    void monthsThatAreNotValidGetTheFormsMessageAndEmptyRangesSaySo() throws Exception {
        UserAccount editor = content.staff(Role.EDITOR);
        for (String query : List.of("?from=2024-13", "?to=abc", "?from=1850-01", "?from=2024-1", "?from=%E4%B8%80")) {
            Document page = dashboard(editor, query, 400);
            assertThat(page.select("#range-errors").text()).as(query).isEqualTo("Enter each month as yyyy-mm, for example 2026-03.");
            assertThat(page.select(".stat-block")).isEmpty();
            assertThat(page.select("#waiting-review")).as("the rest of the dashboard is there").hasSize(1);
        }
        assertThat(dashboard(editor, "?from=2024-01%00", 400).select("#range-errors").text())
                .contains("Enter each month as yyyy-mm, for example 2026-03.");
        assertThat(dashboard(editor, "?from=2024-08&to=2024-06", 400).select("#range-errors").text())
                .isEqualTo("The first month must not come after the last one.");
        assertThat(dashboard(editor, "?from=2000-01&to=2024-12", 400).select("#range-errors").text())
                .isEqualTo("Choose at most 120 months.");
        assertThat(dashboard(editor, "?from=2024-08&to=2024-06&lang=zh", 400).select("#range-errors").text())
                .isEqualTo("起始月份不能晚于截止月份。");

        Document empty = dashboard(editor, "?from=1990-01&to=1990-03", 200);
        assertThat(empty.select("#stat-published .empty-state").text()).isEqualTo("No article was released in these months.");
        assertThat(empty.select("#stat-published table, #stat-published svg")).isEmpty();
        assertThat(empty.select("#stat-section-views .empty-state")).hasSize(1);
        assertThat(empty.select("#stat-department-views .empty-state")).hasSize(1);
        assertThat(empty.select("#stat-review-time .empty-state")).hasSize(1);
        assertThat(csv(editor, "/admin/dashboard/export/published.csv?from=1990-01&to=1990-03"))
                .isEqualTo("Department,Jan 1990,Feb 1990,Mar 1990,Total\r\n");

        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/published.csv?from=1990-13").with(as(editor)))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/published.xlsx?from=1990-03&to=1990-01").with(as(editor)))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/everything.csv").with(as(editor)))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/published.pdf").with(as(editor)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDefaultRangeIsTheLastTwelveMonths() throws Exception {
        UserAccount editor = content.staff(Role.EDITOR);
        YearMonth now = YearMonth.from(clock.instant().atZone(properties.timeZone()));

        Document page = dashboard(editor, "", 200);

        assertThat(page.select("#from").attr("value")).isEqualTo(now.minusMonths(11).toString());
        assertThat(page.select("#to").attr("value")).isEqualTo(now.toString());
        assertThat(page.select(".stat-block")).hasSize(6);
        assertThat(page.select(".stat-export a.export-csv").eachAttr("href")).contains(
                "/admin/dashboard/export/published.csv?from=" + now.minusMonths(11) + "&to=" + now);
        assertThat(dashboard(editor, "?from=" + now.minusMonths(2), 200).select("#to").attr("value"))
                .as("twelve months from the first, but not beyond this one").isEqualTo(now.toString());
    }

    @Test
    void authorsAreRefusedTheStatisticsAndTheirDownloads() throws Exception {
        UserAccount author = content.staff(Role.AUTHOR, content.department());

        assertThat(dashboard(author, "", 200).select("#statistics, .stat-block")).isEmpty();
        mvc.perform(MockMvcRequestBuilders.get("/admin?from=2024-01&to=2024-03").with(as(author))).andExpect(status().isForbidden());
        for (String path : List.of("published.csv", "published.xlsx", "most-read-week.csv", "review-time.xlsx", "everything.csv")) {
            mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/" + path).with(as(author)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theDashboardIsForSignedInStaff() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/export/published.csv")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(dashboard(content.staff(Role.EDITOR), "", 200).select("a.admin-brand").attr("href")).isEqualTo("/admin");
    }

    private DashboardScenario scenario(int year) throws Exception {
        return new DashboardScenario(year, content, mvc, clock, properties.timeZone(), articles, this::as)
                .build(articleService, counter);
    }

    private Document dashboard(UserAccount who, String query, int status) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/admin" + query).with(as(who)))
                .andExpect(status().is(status)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String csv(UserAccount who, String path) throws Exception {
        byte[] bytes = mvc.perform(MockMvcRequestBuilders.get(path).with(as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1);
    }

    private static List<String> headings(Document page, String table) {
        return page.select("#stat-" + table + " thead th").eachText();
    }

    private static List<List<String>> rows(Document page, String table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : page.select("#stat-" + table + " tbody tr")) {
            rows.add(row.select("td").eachText());
        }
        return rows;
    }

    private static List<String> footer(Document page, String table) {
        return page.select("#stat-" + table + " tfoot td").eachText();
    }

    private static List<String> column(Document page, String table, int index) {
        return rows(page, table).stream().map(row -> row.get(index)).toList();
    }

    private static List<Long> ids(Document page, String selector) {
        return page.select(selector).eachAttr("data-article-id").stream().map(Long::valueOf).toList();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        for (int i = 1; i < row.getLastCellNum(); i++) {
            numbers.add(row.getCell(i).getNumericCellValue());
        }
        return numbers;
    }
}
