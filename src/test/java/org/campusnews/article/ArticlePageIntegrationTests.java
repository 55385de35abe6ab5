package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticlePageIntegrationTests extends IntegrationTest {

    private Section section;
    private Department publisher;

    @BeforeEach
    void createSection() {
        section = content.section();
        publisher = content.department("International Office", "国际交流处");
    }

    @Test
    void englishPageShowsTitleMetaLineBodyAndTranslationCredit() {
        Department translator = content.department("Basic Courses Department", "基础课部");
        Article article = content.article(section, publisher)
                .zh("滨江大学与里斯本大学签署合作备忘录")
                .en("Riverside University Signs MoU with the University of Lisbon")
                .translatedBy(Language.EN, translator)
                .summary(Language.EN, "Summary of the English version")
                .source("International Office")
                .releasedAt(java.time.Instant.parse("2026-03-05T02:00:00Z"))
                .save();

        Document page = page("/en/articles/" + article.getId());

        assertThat(page.title()).startsWith("Riverside University Signs MoU with the University of Lisbon");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Summary of the English version");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1.article__title").text()).isEqualTo("Riverside University Signs MoU with the University of Lisbon");
        String meta = page.selectFirst(".article__meta").text();
        assertThat(meta).contains("Release time: 2026-03-05", "Source: International Office", "Browse times: 1");
        assertThat(page.selectFirst(".article__body").text()).contains("body");
        assertThat(page.selectFirst(".article__credit").text()).isEqualTo("Translated by Basic Courses Department");
        Element alternate = page.selectFirst("link[rel=alternate]");
        assertThat(alternate.attr("hreflang")).isEqualTo("zh-CN");
        assertThat(alternate.attr("href")).endsWith("/zh/articles/" + article.getId());
    }

    @Test
    void chinesePageUsesChineseLabelsAndHasNoCreditOnTheOriginal() {
        Department translator = content.department("Basic Courses Department", "基础课部");
        Article article = content.article(section, publisher)
                .zh("学校召开新学期工作会议")
                .en("University Holds New Semester Work Meeting")
                .translatedBy(Language.EN, translator)
                .source("党委宣传部")
                .releasedAt(java.time.Instant.parse("2026-02-20T01:00:00Z"))
                .save();

        Document page = page("/zh/articles/" + article.getId());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        String meta = page.selectFirst(".article__meta").text();
        assertThat(meta).contains("发布时间：", "2026-02-20", "来源：", "党委宣传部", "浏览次数：");
        assertThat(page.selectFirst(".article__credit")).isNull();
        assertThat(page.selectFirst(".article-neighbours").text()).contains("上一条：", "下一条：", "无");
    }

    @Test
    void chineseTranslationCreditNamesTheDepartmentInChinese() {
        Department translator = content.department("School of Foreign Languages", "外国语学院");
        Article article = content.article(section, publisher)
                .en("Visiting Scholars from Oxford Give Lectures")
                .zh("牛津大学访问学者来校讲学")
                .translatedBy(Language.ZH, translator)
                .save();

        assertThat(page("/zh/articles/" + article.getId()).selectFirst(".article__credit").text())
                .isEqualTo("翻译：外国语学院");
    }

    @Test
    void aDepartmentAsSourceIsNamedInThePagesLanguageAndLinksToItsPage() {
        Department source = content.department("Office of Academic Affairs", "教务处");
        Article article = content.article(section, publisher)
                .zh("来源为部门的文章")
                .en("An Article Whose Source Is a Department")
                .sourceDepartment(source)
                .save();

        Element english = page("/en/articles/" + article.getId()).selectFirst(".article__source");
        Element chinese = page("/zh/articles/" + article.getId()).selectFirst(".article__source");

        assertThat(english.text()).isEqualTo("Source: Office of Academic Affairs");
        assertThat(english.selectFirst("a").attr("href")).isEqualTo("/en/departments/" + source.getSlug());
        assertThat(chinese.text()).startsWith("来源：").endsWith("教务处");
        assertThat(chinese.selectFirst("a").attr("href")).isEqualTo("/zh/departments/" + source.getSlug());
    }

    @Test
    void theMetaLineNamesThePublishingDepartmentOnceWhenItIsTheSource() {
        Article own = content.article(section, publisher).en("Its Own Source").sourceDepartment(publisher).save();
        Article other = content.article(section, publisher).en("Another Source").source("Binjiang Daily").save();

        assertThat(page("/en/articles/" + own.getId()).select(".article__department")).isEmpty();
        assertThat(page("/en/articles/" + other.getId()).selectFirst(".article__department a").attr("href"))
                .isEqualTo("/en/departments/" + publisher.getSlug());
    }

    @Test
    void aSourceAsTextIsTheOneEachVersionNames() {
        Article article = content.article(section, publisher)
                .zh("来源为文字的文章")
                .en("An Article Whose Source Is Text")
                .source(Language.ZH, "滨江日报")
                .source(Language.EN, "Binjiang Daily")
                .save();

        assertThat(page("/en/articles/" + article.getId()).selectFirst(".article__source").text())
                .isEqualTo("Source: Binjiang Daily");
        Element chinese = page("/zh/articles/" + article.getId()).selectFirst(".article__source");
        assertThat(chinese.text()).startsWith("来源：").endsWith("滨江日报");
        assertThat(chinese.select("a")).isEmpty();
    }

    @Test
    void emptySourceIsHidden() {
        Article article = content.article(section, publisher).en("No Source Given").source("").save();

        Document page = page("/en/articles/" + article.getId());

        assertThat(page.selectFirst(".article__source")).isNull();
        assertThat(page.selectFirst(".article__meta").text()).doesNotContain("Source:");
    }

    @Test
    void previousIsTheNewerArticleAndNextTheOlderOneWithNoneAtTheEnds() {
        Article oldest = content.article(section, publisher).en("Oldest").releasedHoursAgo(30).save();
        Article middle = content.article(section, publisher).en("Middle").releasedHoursAgo(20).save();
        Article newest = content.article(section, publisher).en("Newest").releasedHoursAgo(10).save();

        Document middlePage = page("/en/articles/" + middle.getId());
        assertThat(link(middlePage, "previous").attr("href")).endsWith("/en/articles/" + newest.getId());
        assertThat(link(middlePage, "previous").text()).isEqualTo("Newest");
        assertThat(link(middlePage, "next").attr("href")).endsWith("/en/articles/" + oldest.getId());

        Document newestPage = page("/en/articles/" + newest.getId());
        assertThat(newestPage.selectFirst(".article-neighbours__previous").text()).isEqualTo("Previous: None");
        assertThat(link(newestPage, "next").attr("href")).endsWith("/en/articles/" + middle.getId());

        Document oldestPage = page("/en/articles/" + oldest.getId());
        assertThat(oldestPage.selectFirst(".article-neighbours__next").text()).isEqualTo("Next: None");
    }

    @Test
    void neighboursSkipArticlesWithoutAVersionInThePageLanguage() {
        Article older = content.article(section, publisher).en("Older English").zh("较早的中文").releasedHoursAgo(30).save();
        content.article(section, publisher).zh("只有中文").releasedHoursAgo(20).save();
        Article newer = content.article(section, publisher).en("Newer English").zh("较新的中文").releasedHoursAgo(10).save();

        assertThat(link(page("/en/articles/" + newer.getId()), "next").attr("href")).endsWith("/en/articles/" + older.getId());
    }

    @Test
    void longEnglishNeighbourTitlesAreCutAtAWordBoundaryWithTheFullTitleInTheTitleAttribute() {
        String longTitle = "Riverside University Signs Memorandum of Understanding with the University of Lisbon on "
                + "Joint Doctoral Training and Faculty Exchange";
        content.article(section, publisher).en(longTitle).releasedHoursAgo(20).save();
        Article newer = content.article(section, publisher).en("Short").releasedHoursAgo(10).save();

        Element next = link(page("/en/articles/" + newer.getId()), "next");

        assertThat(next.attr("title")).isEqualTo(longTitle);
        assertThat(next.text()).isEqualTo(
                "Riverside University Signs Memorandum of Understanding with the University of...");
    }

    @Test
    void longChineseNeighbourTitlesAreCutAfterEightyCharacters() {
        String longTitle = "关于".repeat(45);
        content.article(section, publisher).zh(longTitle).releasedHoursAgo(20).save();
        Article newer = content.article(section, publisher).zh("短标题").releasedHoursAgo(10).save();

        Element next = link(page("/zh/articles/" + newer.getId()), "next");

        assertThat(next.attr("title")).isEqualTo(longTitle);
        assertThat(next.text()).isEqualTo("关于".repeat(40) + "...");
    }

    @Test
    void pinnedArticlesComeFirstInTheNeighbourOrder() {
        Article pinnedOld = content.article(section, publisher).en("Pinned but old").pinned().releasedHoursAgo(100).save();
        Article newest = content.article(section, publisher).en("Newest regular").releasedHoursAgo(1).save();

        assertThat(link(page("/en/articles/" + pinnedOld.getId()), "next").attr("href"))
                .endsWith("/en/articles/" + newest.getId());
        assertThat(link(page("/en/articles/" + newest.getId()), "previous").attr("href"))
                .endsWith("/en/articles/" + pinnedOld.getId());
    }

    @Test
    void futureArticlesAreNeitherShownNorLinked() {
        Article future = content.article(section, publisher).en("Not yet").releasedAt(content.now().plus(Duration.ofDays(1))).save();
        Article current = content.article(section, publisher).en("Released").releasedHoursAgo(1).save();

        assertThat(get("/en/articles/" + future.getId()).statusCode()).isEqualTo(404);
        assertThat(page("/en/articles/" + current.getId()).selectFirst(".article-neighbours__previous").text())
                .isEqualTo("Previous: None");
    }

    @Test
    void unknownAndUnpublishedArticlesAnswerNotFoundInTheSiteLayout() {
        Article draft = content.article(section, publisher).en("Draft").draft().save();

        for (String path : new String[] {"/en/articles/" + draft.getId(), "/en/articles/999999999", "/fr/articles/1",
                "/en/sections/no-such-section", "/en/no-such-page"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found", "site-header").doesNotContain("Exception");
        }
        assertThat(page("/zh/articles/999999999").selectFirst("h1").text()).isEqualTo("页面不存在");
    }

    @Test
    void malformedIdIsABadRequestWithoutAStackTrace() {
        HttpResponse<String> response = get("/en/articles/abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Bad request").doesNotContain("Exception", "at org.");
    }

    @Test
    void articleOnlyInTheOtherLanguageLinksToTheVersionThatExists() {
        Article chineseOnly = content.article(section, publisher).zh("仅有中文版的新闻").save();

        HttpResponse<String> response = get("/en/articles/" + chineseOnly.getId());
        Document page = page("/en/articles/" + chineseOnly.getId());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Not available in English");
        Element link = page.selectFirst("a.notice__link");
        assertThat(link.attr("href")).endsWith("/zh/articles/" + chineseOnly.getId());
        assertThat(link.attr("hreflang")).isEqualTo("zh-CN");
        assertThat(link.text()).isEqualTo("仅有中文版的新闻");
    }

    @Test
    void eachViewCountsOnceAndCrawlersAreNotCounted() {
        Article article = content.article(section, publisher).en("Counted").save();
        String path = "/en/articles/" + article.getId();

        assertThat(browseCount(page(path))).isEqualTo(1);
        assertThat(browseCount(page(path))).isEqualTo(2);
        get(path, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        get(path, "Baiduspider-render/2.0");
        get(path, "SomeCrawler/1.0");
        head(path);
        assertThat(browseCount(page(path))).isEqualTo(3);
    }

    @Test
    void rootRedirectsToTheDefaultLanguage() {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/en/"));
        assertThat(get("/zh").headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/zh/"));
    }

    private static Element link(Document page, String rel) {
        Element link = page.selectFirst(".article-neighbours a[rel=" + (rel.equals("previous") ? "prev" : "next") + "]");
        assertThat(link).as(rel + " link").isNotNull();
        return link;
    }

    private static long browseCount(Document page) {
        return Long.parseLong(page.selectFirst(".article__browse-count").text());
    }
}
