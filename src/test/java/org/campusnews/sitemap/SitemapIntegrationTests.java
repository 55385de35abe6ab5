package org.campusnews.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.campusnews.article.Article;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.sitemap.SitemapDocument.Entry;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.web.SiteAddress;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class SitemapIntegrationTests extends IntegrationTest {

    private static final String XML = "application/xml;charset=UTF-8";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteAddress site;

    @Autowired
    CampusNewsProperties properties;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theIndexListsThePagesTheNewsAndEachRangeOfPublishedArticlesWithItsNewestChange() {
        content.article(content.section(), content.department()).en("Index entry").save();

        HttpResponse<String> response = get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML);
        SitemapDocument index = SitemapDocument.parse(response.body());
        assertThat(index.root()).isEqualTo("sitemapindex");
        assertThat(index.entries()).extracting(Entry::kind).containsOnly("sitemap");

        Map<String, Instant> expected = new TreeMap<>();
        jdbc.sql("""
                        select a.id / 25000 as n,
                               greatest(max(a.updated_at), max(a.release_time) filter (where %1$s)) as newest
                        from article a
                        group by 1
                        having bool_or(%1$s)""".formatted(
                                "a.status = 'PUBLISHED' and a.deleted_at is null and a.release_time <= :now"))
                .param("now", OffsetDateTime.ofInstant(content.now(), properties.timeZone()))
                .query((row, i) -> expected.put(absolute("/sitemap-articles-" + row.getLong(1) + ".xml"),
                        row.getObject(2, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS)))
                .list();
        assertThat(index.locs()).startsWith(absolute("/sitemap-pages.xml"), absolute("/sitemap-news.xml"));
        Map<String, Instant> listed = new TreeMap<>();
        index.entries().stream().filter(entry -> entry.loc().contains("/sitemap-articles-"))
                .forEach(entry -> listed.put(entry.loc(), entry.lastmod().toInstant()));
        assertThat(listed).isEqualTo(expected);
        for (String child : index.locs()) {
            HttpResponse<String> sitemap = get(relative(child));
            assertThat(sitemap.statusCode()).as(child).isEqualTo(200);
            if (listed.containsKey(child)) {
                assertThat(sitemap.headers().firstValue("Last-Modified").map(date -> ZonedDateTime.parse(date,
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())).as(child).hasValue(listed.get(child));
            }
        }
    }

    @Test
    void theIndexIsKeptAndRenewedWhenAnArticleChanges() {
        SitemapDocument before = SitemapDocument.parse(get("/sitemap.xml").body());
        Article article = content.article(content.section(), content.department()).en("Renewing the index").save();
        String range = absolute(ArticleRange.of(article.getId()).path());

        SitemapDocument after = SitemapDocument.parse(get("/sitemap.xml").body());

        assertThat(after.entry(range).lastmod().toInstant()).isEqualTo(updatedAt(article.getId()));
        assertThat(before.locs().contains(range) ? before.entry(range).lastmod() : null)
                .isNotEqualTo(after.entry(range).lastmod());
        assertThat(before.entries()).isNotEqualTo(after.entries());
        HttpResponse<String> again = get("/sitemap.xml");
        assertThat(again.headers().firstValue("ETag")).isPresent();
        assertThat(send(HttpRequest.newBuilder(uri("/sitemap.xml"))
                .header("If-None-Match", again.headers().firstValue("ETag").orElseThrow()).build()).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aRangeListsEveryLanguageVersionOfItsVisibleArticlesWithAlternatesAndTheOriginalAsDefault() throws Exception {
        Section section = content.section();
        Department department = content.department();
        UserAccount editor = content.staff(Role.EDITOR, department);
        long bilingual = content.article(section, department).zh("双语文章").en("Bilingual article").save().getId();
        long englishOnly = content.article(section, department).en("English only").save().getId();
        long chineseOnly = content.article(section, department).zh("只有中文").save().getId();
        long draft = content.article(section, department).en("A draft").draft().save().getId();
        long deleted = content.article(section, department).en("Deleted").save().getId();
        long unpublished = content.article(section, department).en("Unpublished").save().getId();
        long scheduled = content.article(section, department).en("Scheduled")
                .releasedAt(content.now().plus(Duration.ofHours(2))).save().getId();
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + deleted + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(ArticleEditorPost.englishOnly(section, department, "Unpublished").enBody("<p>Unpublished</p>")
                        .param("version", Long.toString(version(unpublished))).param("action", "UNPUBLISH")
                        .post("/admin/articles/" + unpublished).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        for (long id : List.of(bilingual, englishOnly, chineseOnly, draft, deleted, unpublished, scheduled)) {
            assertMatchesDatabase(ArticleRange.of(id));
        }
        Map<String, Entry> urls = urlsOf(bilingual, englishOnly, chineseOnly, draft, deleted, unpublished, scheduled);

        assertThat(urls.keySet()).containsExactlyInAnyOrder(articleUrl("en", bilingual), articleUrl("zh", bilingual),
                articleUrl("en", englishOnly), articleUrl("zh", chineseOnly));
        Map<String, String> bilingualAlternates = Map.of("en", articleUrl("en", bilingual),
                "zh-CN", articleUrl("zh", bilingual), "x-default", articleUrl("zh", bilingual));
        assertThat(urls.get(articleUrl("en", bilingual)).alternates()).isEqualTo(bilingualAlternates);
        assertThat(urls.get(articleUrl("zh", bilingual)).alternates()).isEqualTo(bilingualAlternates);
        assertThat(urls.get(articleUrl("en", englishOnly)).alternates())
                .isEqualTo(Map.of("en", articleUrl("en", englishOnly), "x-default", articleUrl("en", englishOnly)));
        assertThat(urls.get(articleUrl("zh", chineseOnly)).alternates())
                .isEqualTo(Map.of("zh-CN", articleUrl("zh", chineseOnly), "x-default", articleUrl("zh", chineseOnly)));
        assertThat(urls.get(articleUrl("en", bilingual)).lastmod().getOffset())
                .isEqualTo(properties.timeZone().getRules().getOffset(content.now()));
        for (String loc : List.of(articleUrl("en", bilingual), articleUrl("zh", bilingual), articleUrl("zh", chineseOnly))) {
            assertThat(get(relative(loc)).statusCode()).as(loc).isEqualTo(200);
        }

        clock.advance(Duration.ofHours(3));

        assertMatchesDatabase(ArticleRange.of(scheduled));
        assertThat(urlsOf(scheduled)).containsKey(articleUrl("en", scheduled));
        assertThat(get(relative(articleUrl("en", scheduled))).statusCode()).isEqualTo(200);
    }

    @Test
    void aRangeAnswersNotModifiedUntilOneOfItsArticlesChanges() {
        Section section = content.section();
        Department department = content.department();
        long first = content.article(section, department).en("Validators").save().getId();
        String path = ArticleRange.of(first).path();
        HttpResponse<String> response = get(path);
        String etag = response.headers().firstValue("ETag").orElseThrow();
        String lastModified = response.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");

        assertThat(conditional(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> head = head(path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(head.body()).isEmpty();
        assertThat(conditional(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

        clock.advance(Duration.ofSeconds(2));
        content.article(section, department).en("Validators again").save();
        HttpResponse<String> changed = conditional(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void thePagesSitemapListsHomeSectionArchiveAndDepartmentPagesInTheLanguagesTheyHaveArticlesIn() {
        Section section = content.section();
        Department department = content.department();
        Department idle = content.department();
        Article article = content.article(section, department).zh("归档文章").releasedHoursAgo(2).save();

        HttpResponse<String> response = get("/sitemap-pages.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML);
        SitemapDocument pages = SitemapDocument.parse(response.body());
        assertThat(pages.root()).isEqualTo("urlset");

        String defaultLanguage = properties.defaultLanguage().code();
        for (String path : List.of("/", "/sections/" + section.getSlug(), "/archive", "/departments")) {
            for (String language : List.of("en", "zh")) {
                assertThat(pages.entry(absolute("/" + language + path)).alternates()).as(path).isEqualTo(Map.of(
                        "en", absolute("/en" + path), "zh-CN", absolute("/zh" + path),
                        "x-default", absolute("/" + defaultLanguage + path)));
            }
        }
        for (String path : List.of("/en/", "/zh/", "/en/sections/" + section.getSlug(), "/zh/sections/" + section.getSlug())) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        YearMonth month = YearMonth.from(article.getReleaseTime().atZone(properties.timeZone()));
        String monthPath = "/zh/archive/%04d/%02d".formatted(month.getYear(), month.getMonthValue());
        assertThat(pages.entry(absolute("/zh/departments/" + department.getSlug())).alternates()).isEqualTo(Map.of(
                "zh-CN", absolute("/zh/departments/" + department.getSlug()),
                "x-default", absolute("/zh/departments/" + department.getSlug())));
        assertThat(pages.locs()).contains(absolute(monthPath))
                .doesNotContain(absolute("/en/departments/" + department.getSlug()),
                        absolute("/en/departments/" + idle.getSlug()), absolute("/zh/departments/" + idle.getSlug()));
        for (String path : List.of("/en/archive", "/zh/archive", monthPath, "/en/departments", "/zh/departments",
                "/zh/departments/" + department.getSlug())) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(pages.locs()).allSatisfy(loc -> assertThat(relative(loc)).matches(
                "/(en|zh)/(|sections/[a-z0-9-]+|archive|archive/\\d{4}/(0[1-9]|1[0-2])|departments|departments/[a-z0-9-]+)"));
        assertThat(pages.entries()).allSatisfy(entry -> assertThat(entry.alternates()).containsKey("x-default")
                .containsValue(entry.loc()));
    }

    @Test
    void theNewsSitemapListsTheLastTwoDaysWithTheNewsFieldsAndEscapedTitles() {
        Section section = content.section();
        Department department = content.department();
        String hostileTitle = "Fees < 5 & \"free\" 'meals' — 《通知》：“报名”，截止！";
        Article fresh = content.article(section, department).zh(hostileTitle).en("Fresh news")
                .releasedAt(content.now().minus(Duration.ofMinutes(1))).save();
        Article old = content.article(section, department).en("Old news").releasedHoursAgo(50).save();

        HttpResponse<String> response = get("/sitemap-news.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML);
        assertThat(response.body()).contains("Fees &lt; 5 &amp; ");
        SitemapDocument news = SitemapDocument.parse(response.body());
        assertThat(news.root()).isEqualTo("urlset");

        Entry chinese = news.entry(articleUrl("zh", fresh.getId()));
        assertThat(chinese.news().title()).isEqualTo(hostileTitle);
        assertThat(chinese.news().language()).isEqualTo("zh-cn");
        assertThat(chinese.news().name()).isEqualTo("滨江大学新闻网");
        assertThat(chinese.news().publicationDate().toInstant())
                .isEqualTo(fresh.getReleaseTime().truncatedTo(ChronoUnit.SECONDS));
        Entry english = news.entry(articleUrl("en", fresh.getId()));
        assertThat(english.news()).isEqualTo(new SitemapDocument.News("Riverside University News", "en",
                chinese.news().publicationDate(), "Fresh news"));
        assertThat(news.locs()).doesNotContain(articleUrl("en", old.getId()));
        Instant now = content.now();
        assertThat(news.entries()).hasSizeLessThanOrEqualTo(1000).allSatisfy(entry -> assertThat(
                entry.news().publicationDate().toInstant()).isBetween(now.minus(Duration.ofDays(2)).minusSeconds(60), now));

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(conditional("/sitemap-news.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);

        clock.advance(Duration.ofDays(2));

        assertThat(SitemapDocument.parse(get("/sitemap-news.xml").body()).locs())
                .doesNotContain(articleUrl("en", fresh.getId()), articleUrl("zh", fresh.getId()));
        assertThat(conditional("/sitemap-news.xml", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void robotsKeepCrawlersOutOfStaffPagesAndPointToTheSitemap() {
        HttpResponse<String> response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body().lines().toList()).contains("User-agent: *", "Disallow: /admin", "Disallow: /login",
                "Sitemap: " + absolute("/sitemap.xml"));
        assertThat(response.body()).doesNotContain("localhost:" + port);
    }

    @Test
    void unknownSitemapsAnswerTheNotFoundPage() {
        for (String path : List.of("/sitemap-garbage.xml", "/sitemap-articles-abc.xml", "/sitemap-articles-99999999.xml",
                "/sitemap-articles--1.xml", "/sitemap-articles-99999999999999999999.xml",
                "/sitemap-articles-9223372036854775807.xml", "/sitemap-articles-007.xml", "/sitemap-articles-.xml",
                "/sitemap-articles-1.5.xml", "/sitemap-articles-0x1.xml", "/sitemap-news.xml.gz")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select(".notice--error h1").text()).as(path).isNotEmpty();
        }
    }

    /** The range's sitemap lists exactly the language versions the database holds as visible, with their dates. */
    private void assertMatchesDatabase(ArticleRange range) {
        Map<Long, Set<String>> languages = new HashMap<>();
        Map<String, Instant> expected = new HashMap<>();
        jdbc.sql("""
                        select a.id, t.lang, a.updated_at from article a join article_translation t on t.article_id = a.id
                        where a.id >= :first and a.id < :end
                          and a.status = 'PUBLISHED' and a.deleted_at is null and a.release_time <= :now""")
                .param("first", range.firstId()).param("end", range.endId())
                .param("now", OffsetDateTime.ofInstant(content.now(), properties.timeZone()))
                .query((row, i) -> {
                    languages.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getString(2));
                    return expected.put(articleUrl(row.getString(2), row.getLong(1)),
                            row.getObject(3, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS));
                })
                .list();
        HttpResponse<String> response = get(range.path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML);
        SitemapDocument sitemap = SitemapDocument.parse(response.body());
        assertThat(sitemap.root()).isEqualTo("urlset");
        Map<String, Instant> listed = new HashMap<>();
        sitemap.entries().forEach(entry -> listed.put(entry.loc(), entry.lastmod().toInstant()));
        assertThat(listed).isEqualTo(expected);
        assertThat(sitemap.entries()).hasSize(expected.size()).hasSizeLessThanOrEqualTo(50_000);
        for (Entry entry : sitemap.entries()) {
            long id = Long.parseLong(entry.loc().replaceAll(".*/articles/", ""));
            Set<String> hreflangs = new HashSet<>();
            for (String language : languages.get(id)) {
                hreflangs.add(language.equals("zh") ? "zh-CN" : "en");
                assertThat(entry.alternates()).containsEntry(language.equals("zh") ? "zh-CN" : "en", articleUrl(language, id));
            }
            hreflangs.add("x-default");
            assertThat(entry.alternates().keySet()).isEqualTo(hreflangs);
        }
    }

    /** The entries of these articles in their ranges' sitemaps. */
    private Map<String, Entry> urlsOf(long... ids) {
        Map<String, Entry> urls = new HashMap<>();
        Set<Long> wanted = new HashSet<>();
        Set<ArticleRange> ranges = new HashSet<>();
        for (long id : ids) {
            wanted.add(id);
            ranges.add(ArticleRange.of(id));
        }
        for (ArticleRange range : ranges) {
            for (Entry entry : SitemapDocument.parse(get(range.path()).body()).entries()) {
                if (wanted.contains(Long.parseLong(entry.loc().replaceAll(".*/articles/", "")))) {
                    urls.put(entry.loc(), entry);
                }
            }
        }
        return urls;
    }

    private HttpResponse<String> conditional(String path, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header("User-Agent", BROWSER).header(header, value).build());
    }

    private Instant updatedAt(long id) {
        return jdbc.sql("select updated_at from article where id = :id").param("id", id)
                .query(OffsetDateTime.class).single().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private long version(long id) {
        return jdbc.sql("select version from article where id = :id").param("id", id).query(Long.class).single();
    }

    private String articleUrl(String language, long id) {
        return absolute("/" + language + "/articles/" + id);
    }

    private String absolute(String path) {
        return site.of(path);
    }

    private String relative(String loc) {
        String base = site.of("/");
        assertThat(loc).startsWith(base);
        return loc.substring(base.length() - 1);
    }
}
