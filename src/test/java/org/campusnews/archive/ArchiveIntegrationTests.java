package org.campusnews.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.web.SiteAddress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The archive: months in the site's time zone with their counts, a month's articles page by page, each language
 * apart, only what visitors may see, and bad addresses refused. Every test releases its articles in a year of its own
 * in the 1980s, where no other content lies.
 */
class ArchiveIntegrationTests extends IntegrationTest {

    private static final DateTimeFormatter EDITOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    CampusNewsProperties properties;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SiteAddress site;

    private Section section;
    private Department department;

    @BeforeEach
    void setUp() {
        section = content.section();
        department = content.department();
    }

    @Test
    void theIndexCountsEachMonthInTheSiteTimeZoneNewestFirst() {
        at(1987, 3, 2, 10).en("March one").save();
        at(1987, 3, 20, 10).en("March two").zh("三月二").save();
        // 23:30 on 31 March in UTC is already 1 April in the site's zone (Asia/Shanghai).
        content.article(section, department).en("April by the zone")
                .releasedAt(Instant.parse("1987-03-31T23:30:00Z")).save();
        at(1987, 11, 5, 9).en("November").save();

        Document index = page("/en/archive");

        Element year = year(index, "1987");
        assertThat(year.selectFirst(".archive-year__count").text()).isEqualTo("4 articles");
        assertThat(year.select(".archive-months__item a").eachText())
                .containsExactly("November 1987", "April 1987", "March 1987");
        assertThat(year.select(".archive-months__count").eachText())
                .containsExactly("1 article", "1 article", "2 articles");
        assertThat(year.selectFirst(".archive-months__item a").attr("href")).endsWith("/en/archive/1987/11");
        List<String> years = index.select(".archive-year__title > span:first-child").eachText();
        assertThat(years).contains("1987");
        assertThat(years).isSortedAccordingTo((a, b) -> b.compareTo(a));

        Document chinese = page("/zh/archive");
        Element zhYear = year(chinese, "1987");
        assertThat(zhYear.select(".archive-months__item a").eachText()).containsExactly("1987年3月");
        assertThat(zhYear.select(".archive-months__count").eachText()).containsExactly("1 篇");
        assertThat(chinese.selectFirst("h1").text()).isEqualTo("文章归档");
    }

    @Test
    void aMonthListsItsArticlesNewestFirstWithSectionAndSummaryTwentyPerPage() {
        for (int day = 1; day <= 21; day++) {
            at(1986, 5, day, 12).en("May " + day).save();
        }
        at(1986, 5, 22, 12).en("With summary").summary(Language.EN, "What it is about").save();
        at(1986, 6, 1, 12).en("June").save();

        Document first = page("/en/archive/1986/05");

        assertThat(first.selectFirst("h1").text()).isEqualTo("Articles of May 1986");
        assertThat(first.selectFirst(".archive-total").text()).isEqualTo("22 articles");
        assertThat(titles(first)).hasSize(20).startsWith("With summary", "May 21").endsWith("May 3");
        Element newest = first.selectFirst(".archive-entry");
        assertThat(newest.selectFirst(".archive-entry__date").text()).isEqualTo("1986-05-22");
        assertThat(newest.selectFirst(".archive-entry__section").text()).isEqualTo(section.name(Language.EN));
        assertThat(newest.selectFirst(".archive-entry__section").attr("href")).endsWith("/en/sections/" + section.getSlug());
        assertThat(newest.selectFirst(".archive-entry__summary").text()).isEqualTo("What it is about");
        assertThat(first.select(".archive-entry").get(1).selectFirst(".archive-entry__summary")).isNull();
        assertThat(get(newest.selectFirst("a.archive-entry__title").attr("href")).statusCode()).isEqualTo(200);
        Element pager = first.selectFirst("nav.pagination");
        assertThat(pager.selectFirst("a[rel=next]").attr("href")).endsWith("/en/archive/1986/05?page=2");
        assertThat(pager.text()).contains("Page 1 of 2");

        Document second = page("/en/archive/1986/05?page=2&utm_source=feed");
        assertThat(titles(second)).containsExactly("May 2", "May 1");
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo(site.of("/en/archive/1986/05?page=2"));
        assertThat(page("/en/archive/1986/05?page=1").select("link[rel=canonical]").attr("href"))
                .isEqualTo(site.of("/en/archive/1986/05"));
        assertThat(second.select("nav.breadcrumb li").eachText()).containsExactly("Home", "Archive", "May 1986");
        assertThat(get("/en/archive/1986/05?page=3").statusCode()).isEqualTo(404);
        assertThat(titles(page("/en/archive/1986/06"))).containsExactly("June");
    }

    @Test
    void eachLanguageHasItsOwnArchive() {
        at(1985, 2, 3, 8).en("English only").save();
        at(1985, 2, 4, 8).zh("只有中文").save();
        at(1985, 2, 5, 8).en("Both languages").zh("中英文都有").save();
        at(1985, 7, 5, 8).zh("七月中文").save();

        assertThat(titles(page("/en/archive/1985/02"))).containsExactly("Both languages", "English only");
        assertThat(titles(page("/zh/archive/1985/02"))).containsExactly("中英文都有", "只有中文");
        assertThat(get("/en/archive/1985/07").statusCode()).isEqualTo(404);
        assertThat(titles(page("/zh/archive/1985/07"))).containsExactly("七月中文");
        assertThat(year(page("/en/archive"), "1985").select(".archive-months__item a").eachText())
                .containsExactly("February 1985");
        assertThat(page("/en/archive/1985/02").selectFirst("a.language-switch").attr("href")).endsWith("/zh/archive/1985/02");
        assertThat(page("/zh/archive/1985/07").select("link[rel=alternate]")).isEmpty();
        assertThat(page("/en/archive/1985/02").select("link[rel=alternate]").eachAttr("hreflang"))
                .containsExactly("zh-CN", "en", "x-default");
    }

    @Test
    void draftsScheduledAndUnpublishedArticlesAreLeftOut() throws Exception {
        at(1984, 9, 1, 8).en("Shown").save();
        at(1984, 9, 2, 8).en("Draft").draft().save();
        Article unpublished = at(1984, 9, 3, 8).en("Unpublished").save();
        at(1984, 10, 3, 8).en("Only a draft in October").draft().save();
        ZonedDateTime inAYear = content.now().plus(Duration.ofDays(400)).atZone(properties.timeZone());
        content.article(section, department).en("Scheduled").releasedAt(inAYear.toInstant()).save();
        save(unpublished, "Unpublished", "UNPUBLISH");

        assertThat(titles(page("/en/archive/1984/09"))).containsExactly("Shown");
        assertThat(get("/en/archive/1984/10").statusCode()).isEqualTo(404);
        String scheduledMonth = "%04d/%02d".formatted(inAYear.getYear(), inAYear.getMonthValue());
        assertThat(get("/en/archive/" + scheduledMonth).statusCode()).isEqualTo(404);
        Document index = page("/en/archive");
        assertThat(year(index, "1984").select(".archive-months__count").eachText()).containsExactly("1 article");
        assertThat(index.select(".archive-months__item a").eachAttr("href")).noneMatch(href -> href.endsWith(scheduledMonth));
    }

    @Test
    void malformedAddressesAndPageNumbersAreRefusedAndMonthsThatDoNotExistAreNotFound() {
        at(1982, 1, 10, 8).en("January").save();

        assertThat(get("/en/archive/1982/01").statusCode()).isEqualTo(200);
        for (String path : List.of("/en/archive/abcd/01", "/en/archive/99999/01", "/en/archive/1982/1",
                "/en/archive/1982/001", "/en/archive/198a/01", "/en/archive/1982/01?page=0",
                "/en/archive/1982/01?page=abc", "/en/archive/1982/01?page=-1",
                "/en/archive/1982/01?page=99999999999")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(400);
        }
        for (String path : List.of("/en/archive/1982/13", "/en/archive/1982/00", "/en/archive/0000/01",
                "/en/archive/1982/02", "/en/archive/1982/01?page=2", "/zh/archive/1982/01", "/en/archive/1982",
                "/en/archive/1982/01/02")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        Document bad = page("/zh/archive/1982/x1");
        assertThat(bad.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(bad.selectFirst("h1").text()).isEqualTo(page("/zh/articles/abc").selectFirst("h1").text());
    }

    @Test
    void aNewlyPublishedArticleShowsOnKeptArchivePagesAtTheNextRequest() throws Exception {
        at(1983, 4, 1, 8).en("Already there").save();
        Article draft = at(1983, 4, 2, 8).en("Published later").draft().save();
        String month = "/en/archive/1983/04";
        for (String path : List.of(month, "/en/archive")) {
            get(path);
            double hits = pageHits();
            assertThat(get(path).statusCode()).isEqualTo(200);
            assertThat(pageHits()).as(path + " kept").isEqualTo(hits + 1);
        }
        assertThat(titles(page(month))).containsExactly("Already there");

        save(draft, "Published later", "PUBLISH");

        assertThat(titles(page(month))).containsExactly("Published later", "Already there");
        assertThat(year(page("/en/archive"), "1983").select(".archive-months__count").eachText())
                .containsExactly("2 articles");
    }

    @Test
    void theFooterOfEveryPageLinksTheArchiveAndTheDepartments() {
        Document home = page("/zh/");

        Element footer = home.selectFirst("footer .site-footer__nav");
        assertThat(footer.select("a").eachText()).containsExactly("文章归档", "部门");
        assertThat(footer.select("a").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("/zh/"));
        for (String href : page("/en/").select("footer .site-footer__nav a").eachAttr("href")) {
            assertThat(get(href).statusCode()).as(href).isEqualTo(200);
        }
    }

    private org.campusnews.support.TestContent.ArticleBuilder at(int year, int month, int day, int hour) {
        return content.article(section, department)
                .releasedAt(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, properties.timeZone()).toInstant());
    }

    private void save(Article article, String title, String action) throws Exception {
        Article stored = articles.findById(article.getId()).orElseThrow();
        String releaseTime = LocalDateTime.ofInstant(stored.getReleaseTime(), properties.timeZone()).format(EDITOR_TIME);
        mvc.perform(ArticleEditorPost.englishOnly(section, department, title)
                        .enBody("<p>" + title + " body</p>")
                        .param("version", Long.toString(stored.getVersion()))
                        .param("releaseTime", releaseTime)
                        .param("action", action)
                        .post("/admin/articles/" + article.getId()).with(as(content.staff(Role.EDITOR))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private double pageHits() {
        return meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
    }

    private static Element year(Document index, String year) {
        return index.select("section.archive-year").stream()
                .filter(section -> section.selectFirst(".archive-year__title > span").text().equals(year))
                .findFirst().orElseThrow(() -> new AssertionError("No year " + year + " in the archive"));
    }

    private static List<String> titles(Document page) {
        return page.select(".archive-entry__title").eachText();
    }
}
