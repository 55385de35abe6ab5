package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchPageIntegrationTests extends IntegrationTest {

    @Autowired
    CampusNewsProperties properties;

    private Section section;
    private Department department;

    @BeforeEach
    void createSection() {
        section = content.section();
        department = content.department();
    }

    private Document search(String lang, String query) {
        return page("/" + lang + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> titles(Document page) {
        return page.select(".search-result__title").eachText();
    }

    @Test
    void anEnglishResultShowsItsMarkedTitleDateSectionDepartmentAndMarkedSnippet() {
        Article article = content.article(section, department).en("Quillmoor scholarships open")
                .body(Language.EN, "<p>" + "The office has news. ".repeat(10)
                        + "Students applying for a <strong>Quillmoor</strong> scholarship write &lt;b&gt;two&lt;/b&gt; pages.</p>")
                .releasedHoursAgo(3).save();

        Document page = search("en", "quillmoor scholarship");

        assertThat(page.selectFirst(".search-count").text()).isEqualTo("1 result for “quillmoor scholarship”");
        Element result = page.selectFirst(".search-result");
        Element title = result.selectFirst(".search-result__title");
        assertThat(title.attr("href")).endsWith("/en/articles/" + article.getId());
        assertThat(title.text()).isEqualTo("Quillmoor scholarships open");
        assertThat(title.select("mark").eachText()).containsExactly("Quillmoor", "scholarships");
        assertThat(result.selectFirst("time").text())
                .isEqualTo(LocalDate.ofInstant(article.getReleaseTime(), properties.timeZone()).toString());
        assertThat(result.selectFirst(".search-result__section").text()).isEqualTo(section.name(Language.EN));
        assertThat(result.selectFirst(".search-result__department").text()).isEqualTo(department.name(Language.EN));
        Element snippet = result.selectFirst(".search-result__snippet");
        assertThat(snippet.text()).startsWith("…").contains("Students applying for a Quillmoor scholarship write <b>two</b> pages.");
        assertThat(snippet.select("mark").eachText()).containsExactly("Quillmoor", "scholarship");
        assertThat(snippet.select("b, strong")).isEmpty();
        assertThat(page.selectFirst("input[name=q]").val()).isEqualTo("quillmoor scholarship");
    }

    @Test
    void markupInATitleOrBodyComesBackAsText() {
        content.article(section, department).en("<script>alert('Snorvane')</script> notice")
                .body(Language.EN, "<p>Snorvane &lt;script&gt;alert(2)&lt;/script&gt; text</p>").save();

        String body = get("/en/search?q=snorvane").body();
        Document page = search("en", "snorvane");

        assertThat(body).doesNotContain("<script>alert").doesNotContain("<script>");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst(".search-result__title").text()).isEqualTo("<script>alert('Snorvane')</script> notice");
        assertThat(page.selectFirst(".search-result__title mark").text()).isEqualTo("Snorvane");
        assertThat(page.selectFirst(".search-result__snippet").text()).contains("Snorvane <script>alert(2)</script> text");
    }

    @Test
    void chineseQueriesFindAndMarkSubstringsSingleCharactersAndMixedParts() {
        Article article = content.article(section, department).zh("关于翀鹮奖学金评选的通知")
                .body(Language.ZH, "<p>全体同学：翀鹮奖学金申请于下周开始，Zorblatic 报名请登录教务系统。</p>").save();

        Document page = search("zh", "翀鹮");
        assertThat(titles(page)).containsExactly("关于翀鹮奖学金评选的通知");
        assertThat(page.selectFirst(".search-result__title").attr("href")).endsWith("/zh/articles/" + article.getId());
        assertThat(page.select(".search-result__title mark").eachText()).containsExactly("翀鹮");
        assertThat(page.select(".search-result__snippet mark").eachText()).containsExactly("翀鹮");
        assertThat(page.selectFirst(".search-result__section").text()).isEqualTo(section.name(Language.ZH));
        assertThat(page.selectFirst(".search-count").text()).isEqualTo("“翀鹮”的搜索结果共 1 条");

        assertThat(search("zh", "鹮奖学").select(".search-result__title mark").eachText()).containsExactly("鹮奖学");
        assertThat(search("zh", "翀").select(".search-result__title mark").eachText()).containsExactly("翀");

        Document mixed = search("zh", "zorblatic 翀鹮");
        assertThat(titles(mixed)).containsExactly("关于翀鹮奖学金评选的通知");
        assertThat(mixed.select(".search-result__snippet mark").eachText()).containsExactly("翀鹮", "Zorblatic");

        assertThat(search("en", "翀鹮").select(".search-result")).as("only the page's language").isEmpty();
        assertThat(search("zh", "翀鹮鹬").select(".search-result")).isEmpty();
        assertThat(search("zh", "翀鹮鹬").selectFirst(".search-none").text()).contains("翀鹮鹬");
    }

    @Test
    void resultsArePagedByTwentyWithThePagerAndAPageBeyondTheLastIsNotFound() {
        for (int i = 1; i <= 23; i++) {
            content.article(section, department).en("Vextrambl report " + i).releasedHoursAgo(100 - i).save();
        }

        Document first = page("/en/search?q=vextrambl");
        assertThat(first.selectFirst(".search-count").text()).startsWith("23 results");
        assertThat(titles(first)).hasSize(20).startsWith("Vextrambl report 23", "Vextrambl report 22");
        Element pager = first.selectFirst("nav.pagination");
        assertThat(pager.selectFirst("a[rel=next]").attr("href")).endsWith("/en/search?q=vextrambl&page=2");
        assertThat(pager.text()).contains("Page 1 of 2");

        Document second = page("/en/search?q=vextrambl&page=2");
        assertThat(titles(second)).containsExactly("Vextrambl report 3", "Vextrambl report 2", "Vextrambl report 1");
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).endsWith("/en/search?q=vextrambl&page=1");

        assertThat(get("/en/search?q=vextrambl&page=3").statusCode()).isEqualTo(404);
        assertThat(get("/en/search?q=nothingmatchesthis&page=2").statusCode()).isEqualTo(404);
        assertThat(get("/en/search?q=vextrambl&page=abc").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=vextrambl&page=0").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=%E7%BF%80%E9%B9%AE%E9%B9%AC%E9%A2%98&page=1").statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyQueryShowsTheSearchPageWithAHint() {
        for (String path : new String[] {"/en/search", "/en/search?q=", "/en/search?q=%20%20%20"}) {
            Document page = page(path);
            assertThat(get(path).statusCode()).isEqualTo(200);
            assertThat(page.selectFirst(".search-hint").text()).contains("search box");
            assertThat(page.select(".search-result, .search-count, .search-none")).isEmpty();
        }
        assertThat(page("/zh/search?q=").selectFirst(".search-hint").text()).contains("搜索框");
        assertThat(get("/en/search?q=%26%7C%21%3A*()%27%5C").statusCode()).isEqualTo(200);
        assertThat(page("/en/search?q=%26%7C%21%3A*()%27%5C").selectFirst(".search-hint")).isNull();
    }

    @Test
    void aLongQueryIsCutToTwoHundredCharacters() {
        Document page = page("/en/search?q=" + "word+".repeat(100));
        assertThat(page.selectFirst("input[name=q]").val()).hasSize(SearchTerms.QUERY_LIMIT);
        assertThat(get("/en/search?q=" + "x".repeat(2_000)).statusCode()).isEqualTo(200);
    }

    @Test
    void draftsUnpublishedAndScheduledArticlesAreNotShown() {
        content.article(section, department).en("Draft Plumquessa").draft().save();
        content.article(section, department).en("Scheduled Plumquessa").releasedAt(content.now().plus(Duration.ofHours(2))).save();
        content.article(section, department).en("Published Plumquessa").save();

        assertThat(titles(search("en", "plumquessa"))).containsExactly("Published Plumquessa");
    }

    @Test
    void everyPublicPageHasASearchBoxInItsLanguage() {
        for (Language language : Language.values()) {
            Document home = page("/" + language.code() + "/");
            Element form = home.selectFirst("header form[role=search]");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("action")).isEqualTo("/" + language.code() + "/search");
            Element input = form.selectFirst("input[name=q]");
            Element label = form.selectFirst("label[for=" + input.id() + "]");
            assertThat(label.text()).isEqualTo(language == Language.EN ? "Search the site" : "搜索本站");
        }
        assertThat(page("/en/sections/" + section.getSlug()).select("header input[name=q]")).hasSize(1);
        assertThat(page("/zh/no-such-page").select("header input[name=q]")).hasSize(1);
    }

    @Test
    void theSearchPageRefusesControlCharactersAndBrokenEncoding() {
        assertThat(get("/en/search?q=a%00b").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=%ff").statusCode()).isEqualTo(400);
        assertThat(get("/zh/search?q=%C0%AF").statusCode()).isEqualTo(400);
        assertThat(page("/zh/search?q=%C0%AF").selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    }

    @Test
    void theFiltersAndTheNewestFirstOrderAreChosenOnThePageAndKeptByItsLinks() {
        Section other = content.section();
        for (int i = 0; i < 21; i++) {
            content.article(section, department).en("Gorvanth report " + i).releasedHoursAgo(i + 1).save();
        }
        content.article(other, department).en("Gorvanth elsewhere").releasedHoursAgo(100).save();

        Document all = search("en", "gorvanth");
        assertThat(all.selectFirst(".search-count").text()).startsWith("22 results");
        assertThat(all.select("select[name=section] option").eachAttr("value")).contains("", section.getSlug(), other.getSlug());
        assertThat(all.select("select[name=department] option").eachText()).contains(department.name(Language.EN));
        assertThat(all.select("select[name=year] option").eachAttr("value")).contains(
                String.valueOf(LocalDate.now(properties.timeZone()).getYear()));
        assertThat(all.selectFirst(".search-sort a").attr("href")).isEqualTo("/en/search?q=gorvanth&sort=newest");

        Document filtered = page("/en/search?q=gorvanth&section=" + section.getSlug() + "&department="
                + department.getSlug() + "&sort=newest");
        assertThat(filtered.selectFirst(".search-count").text()).startsWith("21 results");
        assertThat(titles(filtered)).first().isEqualTo("Gorvanth report 0");
        assertThat(filtered.selectFirst("select[name=section] option[selected]").val()).isEqualTo(section.getSlug());
        assertThat(filtered.selectFirst("input[name=sort]").val()).isEqualTo("newest");
        String next = filtered.selectFirst(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/en/search?q=gorvanth&section=" + section.getSlug() + "&department="
                + department.getSlug() + "&sort=newest&page=2");
        assertThat(titles(page(next))).containsExactly("Gorvanth report 20");
        assertThat(filtered.selectFirst("link[rel=alternate]").attr("href"))
                .contains("/zh/search?q=gorvanth&section=" + section.getSlug());
    }

    @Test
    void badFiltersAnswerWithAPageNeverAnError() {
        content.article(section, department).en("Quendrith talk").save();

        assertThat(get("/en/search?q=quendrith&section=no-such-section").statusCode()).isEqualTo(404);
        assertThat(get("/en/search?q=quendrith&department=no-such-department").statusCode()).isEqualTo(404);
        assertThat(get("/en/search?q=quendrith&year=abc").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=quendrith&year=99999999999").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=quendrith&year=-5").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=quendrith&sort=oldest").statusCode()).isEqualTo(400);
        assertThat(get("/en/search?q=quendrith&section=%27%3B%20drop%20table%20article%3B--").statusCode()).isEqualTo(404);
        assertThat(get("/en/search?q=quendrith&section=&department=&year=&sort=").statusCode()).isEqualTo(200);
        assertThat(titles(page("/en/search?q=quendrith&year=2001"))).isEmpty();
    }
}
