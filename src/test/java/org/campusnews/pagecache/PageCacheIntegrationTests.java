package org.campusnews.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.BrowseCounter;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.support.TestContent;
import org.campusnews.support.WebSession;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visitors' pages kept in memory: served with the headers of the first answer, rendered again as soon as something
 * they show was changed, and counting every view exactly.
 */
class PageCacheIntegrationTests extends IntegrationTest {

    private static final DateTimeFormatter EDITOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    PageCache cache;

    @Autowired
    BrowseCounter browseCounter;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SectionService sections;

    @Autowired
    DepartmentService departments;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CampusNewsProperties properties;

    private Section section;
    private Department department;
    private UserAccount editor;

    @BeforeEach
    void setUp() {
        section = content.section();
        department = content.department();
        editor = content.staff(Role.EDITOR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aKeptPageIsAnsweredWithTheHeadersOfItsFirstAnswer() {
        Article article = content.article(section, department).en("Kept").releasedHoursAgo(2).save();
        for (String path : List.of("/en/", "/en/sections/" + section.getSlug(), "/en/articles/" + article.getId())) {
            HttpResponse<String> first = get(path);
            HttpResponse<String> second = get(path);

            assertThat(second.statusCode()).isEqualTo(200);
            Map<String, List<String>> firstHeaders = withoutDateAndTag(first.headers().map());
            assertThat(withoutDateAndTag(second.headers().map())).as(path).isEqualTo(firstHeaders);
            assertThat(firstHeaders).containsKeys("content-security-policy", "x-content-type-options", "x-frame-options",
                    "referrer-policy");
            assertThat(second.headers().firstValue("cache-control").orElseThrow()).doesNotContain("no-store");
            assertThat(second.headers().firstValue("etag")).isPresent();
        }
        assertThat(get("/en/").headers().firstValue("cache-control")).hasValue("public, max-age=0, must-revalidate");
        assertThat(get("/en/articles/" + article.getId()).headers().firstValue("cache-control")).hasValue("private, no-cache");
    }

    @Test
    void listsAreRevalidatedWithTheirTag() {
        String path = "/en/sections/" + section.getSlug();
        content.article(section, department).en("Revalidated").releasedHoursAgo(2).save();
        String tag = get(path).headers().firstValue("etag").orElseThrow();

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", tag).build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anArticleIsRevalidatedOnlyWhileItsCountIsTheOneShownAndARevalidationIsNotAView() {
        Article article = content.article(section, department).en("Counted page").releasedHoursAgo(2).save();
        String path = "/en/articles/" + article.getId();
        get(path);
        HttpResponse<String> second = get(path);
        String tag = second.headers().firstValue("etag").orElseThrow();
        assertThat(browseCount(second.body())).isEqualTo(2);

        HttpResponse<String> revalidated = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", tag).build());
        assertThat(revalidated.statusCode()).isEqualTo(304);

        get(path);
        HttpResponse<String> outdated = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", tag)
                .header("User-Agent", BROWSER).build());
        assertThat(outdated.statusCode()).isEqualTo(200);
        assertThat(browseCount(outdated.body())).isEqualTo(4);
    }

    @Test
    void compressedPagesHoldTheSameTextWithTheLiveCount() {
        Article article = content.article(section, department).en("Compressed").releasedHoursAgo(2).save();
        for (String path : List.of("/en/", "/en/sections/" + section.getSlug(), "/en/articles/" + article.getId())) {
            String plain = get(path).body();
            for (int round = 0; round < 2; round++) {
                HttpResponse<byte[]> zipped = sendBytes(HttpRequest.newBuilder(uri(path))
                        .header("User-Agent", BROWSER).header("Accept-Encoding", "gzip, deflate, br").build());
                assertThat(zipped.headers().firstValue("content-encoding")).as(path).hasValue("gzip");
                assertThat(zipped.headers().allValues("vary")).contains("Accept-Encoding");
                String zippedTag = zipped.headers().firstValue("etag").orElseThrow();
                assertThat(zippedTag).as("a strong tag of its own").startsWith("\"").endsWith("-gz\"");
                HttpResponse<byte[]> revalidated = sendBytes(HttpRequest.newBuilder(uri(path))
                        .header("Accept-Encoding", "gzip").header("If-None-Match", "W/" + zippedTag).build());
                assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
                assertThat(revalidated.headers().firstValue("etag")).hasValue(zippedTag);
                String text = gunzip(zipped.body());
                if (path.contains("/articles/")) {
                    assertThat(browseCount(text)).isEqualTo(browseCount(plain) + 1 + round);
                    assertThat(text.replaceAll("browse-count\">\\d+<", "")).isEqualTo(plain.replaceAll("browse-count\">\\d+<", ""));
                } else {
                    assertThat(text).isEqualTo(plain);
                }
            }
        }
    }

    @Test
    void anEditShowsOnTheNextRequestOfEveryPageShowingTheArticle() throws Exception {
        Article older = content.article(section, department).en("Older neighbour").releasedHoursAgo(30).save();
        Article edited = content.article(section, department).en("Before the edit").releasedHoursAgo(20).save();
        Article newer = content.article(section, department).en("Newer neighbour").releasedHoursAgo(10).save();
        List<String> paths = List.of("/en/", "/en/sections/" + section.getSlug(), "/en/articles/" + edited.getId(),
                "/en/articles/" + older.getId(), "/en/articles/" + newer.getId());
        paths.forEach(path -> assertThat(get(path).body()).as(path).contains("Before the edit"));
        paths.forEach(path -> assertThat(get(path).body()).as(path).contains("Before the edit"));

        save(edited, "After the edit", "SAVE");

        paths.forEach(path -> assertThat(get(path).body()).as(path).contains("After the edit").doesNotContain("Before the edit"));
    }

    @Test
    void anEditOfAnArticleLeavesPagesThatDoNotShowItAsTheyWere() throws Exception {
        Article edited = content.article(section, department).en("Edited alone").releasedHoursAgo(20).save();
        Section elsewhere = content.section();
        Article unrelated = content.article(elsewhere, department).en("Unrelated").releasedHoursAgo(5).save();
        String unrelatedPath = "/en/articles/" + unrelated.getId();
        String tag = get(unrelatedPath).headers().firstValue("etag").orElseThrow();

        save(edited, "Edited alone, again", "SAVE");

        HttpResponse<String> revalidated = send(HttpRequest.newBuilder(uri(unrelatedPath)).header("If-None-Match", tag).build());
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void publishingAndUnpublishingChangeListsAndTheNeighboursLinks() throws Exception {
        Article older = content.article(section, department).en("Older one").releasedHoursAgo(30).save();
        Article newer = content.article(section, department).en("Newer one").releasedHoursAgo(10).save();
        Article middle = content.article(section, department).en("Middle one").releasedHoursAgo(20).draft().save();
        String sectionPath = "/en/sections/" + section.getSlug();
        String olderPath = "/en/articles/" + older.getId();
        String newerPath = "/en/articles/" + newer.getId();
        for (int round = 0; round < 2; round++) {
            assertThat(get(sectionPath).body()).doesNotContain("Middle one");
            assertThat(previousTitle(olderPath)).isEqualTo("Newer one");
            assertThat(nextTitle(newerPath)).isEqualTo("Older one");
        }

        save(middle, "Middle one", "PUBLISH");

        assertThat(get(sectionPath).body()).contains("Middle one");
        assertThat(get("/en/").body()).contains("Middle one");
        assertThat(previousTitle(olderPath)).isEqualTo("Middle one");
        assertThat(nextTitle(newerPath)).isEqualTo("Middle one");

        save(middle, "Middle one", "UNPUBLISH");

        assertThat(get("/en/articles/" + middle.getId()).statusCode()).isEqualTo(404);
        assertThat(get(sectionPath).body()).doesNotContain("Middle one");
        assertThat(previousTitle(olderPath)).isEqualTo("Newer one");
        assertThat(nextTitle(newerPath)).isEqualTo("Older one");
    }

    @Test
    void aScheduledArticleAppearsAtItsReleaseTimeOnPagesKeptBefore() {
        Article previous = content.article(section, department).en("Already out").releasedHoursAgo(5).save();
        Article scheduled = content.article(section, department).en("Comes out later")
                .releasedAt(clock.instant().plus(Duration.ofHours(2))).save();
        String sectionPath = "/en/sections/" + section.getSlug();
        String previousPath = "/en/articles/" + previous.getId();
        for (int round = 0; round < 2; round++) {
            assertThat(get("/en/").body()).doesNotContain("Comes out later");
            assertThat(get(sectionPath).body()).doesNotContain("Comes out later");
            assertThat(page(previousPath).select("a[rel=prev]")).isEmpty();
        }

        clock.advance(Duration.ofHours(3));

        assertThat(get("/en/").body()).contains("Comes out later");
        assertThat(get(sectionPath).body()).contains("Comes out later");
        assertThat(previousTitle(previousPath)).isEqualTo("Comes out later");
        assertThat(get("/en/articles/" + scheduled.getId()).statusCode()).isEqualTo(200);
    }

    @Test
    void renamingASectionOrADepartmentShowsOnEveryPage() {
        Department translator = content.department("Translating Office", "翻译办公室");
        Article article = content.article(section, department).en("Credited").translatedBy(Language.EN, translator)
                .releasedHoursAgo(2).save();
        String path = "/en/articles/" + article.getId();
        get(path);
        get("/en/");
        assertThat(page("/zh/articles/999999999").select(".site-nav").text()).as("an error page's menu")
                .contains(section.getName().zh());

        sections.update(section.getId(), section.getSlug(), new BilingualName("栏目新名", "Renamed Section"), 5);
        departments.update(translator.getId(), translator.getSlug(), new BilingualName("新名称", "Renamed Office"), 0);

        assertThat(get("/en/").body()).contains("Renamed Section");
        Document articlePage = page(path);
        assertThat(articlePage.select(".site-nav").text()).contains("Renamed Section");
        assertThat(articlePage.select(".article__credit").text()).contains("Renamed Office");
        assertThat(page("/zh/articles/999999999").select(".site-nav").text()).as("an error page's menu")
                .contains("栏目新名");
        assertThat(page("/en/?x=%ff").select(".site-nav").text()).as("the menu of an error the container reports")
                .contains("Renamed Section");
        assertThat(page("/en/sections/no-such-section").select(".site-nav a").eachAttr("href"))
                .contains("/en/sections/" + section.getSlug());
    }

    @Test
    void keptPagesAreCountedByTheCacheMetersAndRenderedOnesByTheRequestTimer() {
        String path = "/en/sections/" + section.getSlug() + "?page=1&metered";
        content.article(section, department).en("Metered").releasedHoursAgo(2).save();
        get(path);
        double hits = meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
        long observed = observedRequests();

        get(path);
        get(path);

        assertThat(meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count())
                .isEqualTo(hits + 2);
        assertThat(observedRequests()).isEqualTo(observed);
    }

    private long observedRequests() {
        return meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
    }

    @Test
    void unusedQueryParametersMakeNoNewEntries() {
        Article article = content.article(section, department).en("Shared link").releasedHoursAgo(2).save();
        String path = "/en/articles/" + article.getId();
        get(path);
        get("/en/sections/" + section.getSlug());
        long kept = cache.size();

        for (int i = 0; i < 20; i++) {
            assertThat(get(path + "?utm_source=wechat&x=" + i).statusCode()).isEqualTo(200);
            assertThat(get("/en/sections/" + section.getSlug() + "?page=1&x=" + i).statusCode()).isEqualTo(200);
        }

        assertThat(cache.size()).isEqualTo(kept);
        assertThat(get("/en/articles/99999999").statusCode()).isEqualTo(404);
        assertThat(get("/fr/articles/" + article.getId()).statusCode()).isEqualTo(404);
        assertThat(get("/en/sections/" + section.getSlug() + "?page=abc").statusCode()).isEqualTo(400);
        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void searchPagesThatFoundSomethingAreKeptUnderTheirNormalisedQuery() {
        content.article(section, department).en("Searchable kept notice").releasedHoursAgo(2).save();
        HttpResponse<String> first = get("/en/search?q=searchable+kept");
        long kept = cache.size();
        double hits = searchPageHits();

        HttpResponse<String> again = get("/en/search?q=searchable+kept");
        HttpResponse<String> spacedOut = get("/en/search?q=%20searchable+kept%20%20");
        HttpResponse<String> withEmptyFilters = get("/en/search?q=searchable+kept&section=&department=&year=&sort=");

        assertThat(searchPageHits()).isEqualTo(hits + 3);
        assertThat(cache.size()).isEqualTo(kept);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(spacedOut.body()).isEqualTo(first.body());
        assertThat(withEmptyFilters.body()).isEqualTo(first.body());
        assertThat(Jsoup.parse(first.body()).select(".search-result").text()).contains("Searchable kept notice");
        assertThat(withoutDateAndTag(again.headers().map())).isEqualTo(withoutDateAndTag(first.headers().map()));
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
        assertThat(cache.searchPages().policy().eviction().orElseThrow().getMaximum())
                .isEqualTo(properties.search().keptPages());
    }

    @Test
    void queriesThatFindNothingOrThatThePageRefusesFillNothing() {
        content.article(section, department).en("Searchable refusal notice").releasedHoursAgo(2).save();
        long kept = cache.size();
        List<String> unkept = List.of("/en/search?q=", "/en/search?q=the", "/en/search?q=-refusal",
                "/en/search?q=zzqx", "/zh/search?q=kept42", "/en/search?q=refusal&q=notice",
                "/en/search?q=refusal&page=2", "/en/search?q=refusal&year=1899", "/en/search?q=refusal&sort=oldest",
                "/en/search?q=refusal&section=no-such-section", "/en/search?q=refusal&page=0");
        for (int round = 0; round < 2; round++) {
            for (String path : unkept) {
                assertThat(get(path).statusCode()).as(path).isIn(200, 400, 404);
            }
        }

        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void keptSearchPagesGoWhenAnArticleIsPublishedChangedOrReleased() throws Exception {
        Article edited = content.article(section, department).en("Searchable xylantern festival").releasedHoursAgo(5).save();
        content.article(section, department).en("Searchable xylantern later")
                .releasedAt(clock.instant().plus(Duration.ofHours(2))).save();
        String path = "/en/search?q=xylantern";
        for (int round = 0; round < 2; round++) {
            assertThat(page(path).select(".search-result").size()).isEqualTo(1);
        }

        content.article(section, department).en("Searchable xylantern parade").releasedHoursAgo(1).save();
        assertThat(page(path).select(".search-result").size()).as("published since").isEqualTo(2);
        page(path);

        save(edited, "Searchable dragon boats", "SAVE");
        assertThat(page(path).text()).as("edited since").doesNotContain("xylantern festival");
        assertThat(page("/en/search?q=dragon").text()).contains("Searchable dragon boats");

        clock.advance(Duration.ofHours(3));
        assertThat(page(path).text()).as("released since").contains("Searchable xylantern later");
    }

    private double searchPageHits() {
        return meters.get("cache.gets").tag("cache", "search-pages").tag("result", "hit").functionCounter().count();
    }

    @Test
    void signedInStaffAreNeverServedAKeptPage() {
        Article article = content.article(section, department).en("Seen by staff").releasedHoursAgo(2).save();
        String path = "/en/articles/" + article.getId();
        get(path);
        get(path);
        WebSession staff = new WebSession(port);
        staff.signIn(editor.getUsername(), TestContent.PASSWORD);

        HttpResponse<String> staffAnswer = staff.get(path);

        assertThat(staffAnswer.statusCode()).isEqualTo(200);
        assertThat(staffAnswer.headers().firstValue("cache-control").orElseThrow()).contains("no-store");
        assertThat(browseCount(staffAnswer.body())).isEqualTo(3);
        assertThat(browseCount(get(path).body())).isEqualTo(4);
    }

    @Test
    void viewsOfKeptPagesAreCountedExactlyAndCrawlersAndHeadRequestsAreNot() {
        Article article = content.article(section, department).en("Exactly counted").releasedHoursAgo(2).save();
        String path = "/en/articles/" + article.getId();
        for (int i = 0; i < 25; i++) {
            get(path);
            get(path, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
            head(path);
        }

        assertThat(browseCount(get(path).body())).isEqualTo(26);
        browseCounter.flush();
        assertThat(articles.browseCount(article.getId())).hasValue(26L);
    }

    @Test
    void countedViewsReachTheDatabaseWithinTheFlushInterval() throws InterruptedException {
        Article article = content.article(section, department).en("Written soon").releasedHoursAgo(2).save();
        for (int i = 0; i < 10; i++) {
            get("/en/articles/" + article.getId());
        }

        Thread.sleep(properties.browseCounts().flushInterval().multipliedBy(3).toMillis());

        assertThat(articles.browseCount(article.getId())).hasValue(10L);
    }

    private void save(Article article, String title, String action) throws Exception {
        Article stored = articles.findById(article.getId()).orElseThrow();
        String releaseTime = LocalDateTime.ofInstant(stored.getReleaseTime(), properties.timeZone()).format(EDITOR_TIME);
        mvc.perform(ArticleEditorPost.englishOnly(section, department, title)
                        .enBody("<p>" + title + " body</p>")
                        .param("version", Long.toString(stored.getVersion()))
                        .param("releaseTime", releaseTime)
                        .param("action", action)
                        .post("/admin/articles/" + article.getId()).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String previousTitle(String path) {
        return page(path).select(".article-neighbours__previous a").attr("title");
    }

    private String nextTitle(String path) {
        return page(path).select(".article-neighbours__next a").attr("title");
    }

    private static long browseCount(String html) {
        return Long.parseLong(Jsoup.parse(html).select(".article__browse-count").text());
    }

    private static Map<String, List<String>> withoutDateAndTag(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers);
        kept.remove("date");
        kept.remove("etag");
        kept.remove("content-length");
        return kept;
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] zipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
