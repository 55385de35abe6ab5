package org.campusnews.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.micrometer.core.instrument.MeterRegistry;
import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.media.MediaFixtures;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.web.SiteAddress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feed readers follow the site, a section or a department in RSS or Atom, in each language. */
class FeedIntegrationTests extends IntegrationTest {

    private static final DateTimeFormatter EDITOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final List<String> FORMATS = List.of("rss", "atom");

    @Autowired
    SiteAddress site;

    @Autowired
    MutableClock clock;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CampusNewsProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

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
    void aSectionFeedListsItsLatestTwentyVisibleArticlesNewestFirst() throws Exception {
        List<Article> published = new ArrayList<>();
        for (int hours = 30; hours >= 8; hours--) {
            published.add(content.article(section, department).en("Listed " + hours).releasedHoursAgo(hours).save());
        }
        Collections.reverse(published);
        content.article(section, department).en("A draft").releasedHoursAgo(1).draft().save();
        content.article(section, department).en("Scheduled").releasedAt(content.now().plus(Duration.ofHours(5))).save();
        Article unpublished = content.article(section, department).en("Unpublished").releasedHoursAgo(2).save();
        save(unpublished, "Unpublished", "UNPUBLISH");
        Article deleted = content.article(section, department).en("Deleted").releasedHoursAgo(3).save();
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + deleted.getId() + "/delete")
                .with(as(content.staff(Role.ADMIN))).with(csrf())).andExpect(status().is3xxRedirection());

        for (String format : FORMATS) {
            SyndFeed feed = parse("/en/sections/" + section.getSlug() + "/feed." + format);

            assertThat(links(feed)).as(format).containsExactlyElementsOf(
                    published.subList(0, 20).stream().map(article -> articleUrl(Language.EN, article)).toList());
            SyndEntry newest = feed.getEntries().get(0);
            Article stored = articles.findById(published.get(0).getId()).orElseThrow();
            assertThat(newest.getTitle()).isEqualTo("Listed 8");
            assertThat(newest.getPublishedDate().toInstant()).isEqualTo(stored.getReleaseTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(newest.getUri()).isEqualTo(articleUrl(Language.EN, stored));
            assertThat(newest.getAuthor()).isEqualTo(department.name(Language.EN));
            assertThat(newest.getCategories().get(0).getName())
                    .isEqualTo(format.equals("rss") ? section.name(Language.EN) : section.getSlug());
            assertThat(newest.getContents().get(0).getValue()).isEqualTo("<p>Listed 8 body</p>");
            assertThat(feed.getTitle()).isEqualTo("Riverside University News – " + section.name(Language.EN));
            assertThat(page(feed)).isEqualTo(site.of("/en/sections/" + section.getSlug()));
            assertThat(feed.getLanguage()).isEqualTo("en");
            assertThat(parse("/zh/sections/" + section.getSlug() + "/feed." + format).getEntries())
                    .as("English-only articles are not in the Chinese feed").isEmpty();
        }
        Feed atom = atom("/en/sections/" + section.getSlug() + "/feed.atom");
        assertThat(atom.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .contains(org.assertj.core.groups.Tuple.tuple("self", site.of("/en/sections/" + section.getSlug() + "/feed.atom")));
        assertThat(atom.getEntries().get(0).getCategories().get(0).getLabel()).isEqualTo(section.name(Language.EN));
        Article newestStored = articles.findById(published.get(0).getId()).orElseThrow();
        assertThat(atom.getEntries().get(0).getUpdated().toInstant())
                .isEqualTo(newestStored.getUpdatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Document rss = org.jsoup.Jsoup.parse(get("/en/sections/" + section.getSlug() + "/feed.rss").body(), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(rss.select("channel > atom|link[rel=self]").attr("href"))
                .isEqualTo(site.of("/en/sections/" + section.getSlug() + "/feed.rss"));
        assertThat(rss.select("item").first().select("content|encoded")).hasSize(1);
        for (String link : links(parse("/en/sections/" + section.getSlug() + "/feed.rss")).subList(0, 3)) {
            assertThat(get(path(link)).statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void theSiteFeedsHoldTheNewestTwentyVisibleArticlesOfEachLanguage() throws Exception {
        Article both = content.article(section, department).en("Site feed news").zh("站点订阅新闻")
                .summary(Language.EN, "In short").releasedAt(content.now().minusSeconds(30)).save();
        content.article(section, department).en("Not yet").releasedAt(content.now().plus(Duration.ofDays(400))).save();

        for (Language language : Language.values()) {
            List<String> expected = jdbc.queryForList("""
                            select a.id from article a join article_translation t on t.article_id = a.id
                            where t.lang = ? and a.status = 'PUBLISHED' and a.deleted_at is null and a.release_time <= now()
                            order by a.release_time desc, a.id desc limit 20""", Long.class, language.code())
                    .stream().map(id -> site.of("/" + language.code() + "/articles/" + id)).toList();
            for (String format : FORMATS) {
                SyndFeed feed = parse("/" + language.code() + "/feed." + format);
                assertThat(links(feed)).as(language + " " + format).hasSize(20).containsExactlyElementsOf(expected);
                assertThat(links(feed)).contains(articleUrl(language, both));
                assertThat(page(feed)).isEqualTo(site.of("/" + language.code() + "/"));
                assertThat(feed.getLanguage()).isEqualTo(language.htmlLang());
            }
        }
        SyndEntry zh = parse("/zh/feed.rss").getEntries().stream()
                .filter(entry -> entry.getLink().equals(articleUrl(Language.ZH, both))).findFirst().orElseThrow();
        assertThat(zh.getTitle()).isEqualTo("站点订阅新闻");
        SyndEntry en = parse("/en/feed.rss").getEntries().stream()
                .filter(entry -> entry.getLink().equals(articleUrl(Language.EN, both))).findFirst().orElseThrow();
        assertThat(en.getDescription().getValue()).isEqualTo("In short");
    }

    @Test
    void aDepartmentFeedHoldsWhatItPublishedAndWhatItTranslatedIntoThatLanguage() throws Exception {
        Department translator = content.department("Feed Translation Office", "订阅翻译办公室");
        Article ownNews = content.article(section, translator).en("Own news").zh("本部门新闻").releasedHoursAgo(3).save();
        Article translatedToEnglish = content.article(section, department).zh("中文原文").en("Translated into English")
                .translatedBy(Language.EN, translator).releasedHoursAgo(2).save();
        Article translatedToChinese = content.article(section, department).en("English original").zh("译成中文")
                .translatedBy(Language.ZH, translator).releasedHoursAgo(1).save();
        content.article(section, department).en("Someone else's").releasedHoursAgo(1).save();

        for (String format : FORMATS) {
            String path = "/departments/" + translator.getSlug() + "/feed." + format;
            SyndFeed english = parse("/en" + path);
            assertThat(links(english)).as(format).containsExactly(articleUrl(Language.EN, translatedToEnglish),
                    articleUrl(Language.EN, ownNews));
            assertThat(english.getEntries().get(0).getAuthor()).as("the publishing department")
                    .isEqualTo(department.name(Language.EN));
            assertThat(english.getTitle()).isEqualTo("Riverside University News – Feed Translation Office");
            SyndFeed chinese = parse("/zh" + path);
            assertThat(links(chinese)).as(format).containsExactly(articleUrl(Language.ZH, translatedToChinese),
                    articleUrl(Language.ZH, ownNews));
            assertThat(chinese.getEntries().get(1).getAuthor()).isEqualTo("订阅翻译办公室");
            assertThat(chinese.getEntries().get(1).getCategories().get(0).getName())
                    .isIn(section.name(Language.ZH), section.getSlug());
        }
    }

    @Test
    void itemsCarryTheWholeTextWithAbsoluteAddressesAndTheCoverAsAnEnclosure() throws Exception {
        JsonNode cover = upload("feed-cover.jpg", MediaFixtures.jpeg(1200, 600));
        JsonNode photo = upload("feed-photo.png", MediaFixtures.png(400, 200, false));
        String photoHash = photo.get("sha256").asString();
        String body = "<p>See <a href=\"/en/sections/" + section.getSlug() + "\">the section</a></p><p><img src=\""
                + photo.get("insertSrc").asString() + "\" alt=\"A photo\" width=\"400\" height=\"200\"></p>";
        long id = saveNew(ArticleEditorPost.englishOnly(section, department, "Illustrated feed news")
                .param("en.summary", "The summary").enBody(body)
                .param("coverMediaId", cover.get("id").asString()).param("action", "PUBLISH"));

        for (String format : FORMATS) {
            SyndEntry entry = parse("/en/sections/" + section.getSlug() + "/feed." + format).getEntries().get(0);
            assertThat(entry.getLink()).isEqualTo(site.of("/en/articles/" + id));
            assertThat(entry.getDescription().getValue()).isEqualTo("The summary");
            Document text = org.jsoup.Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
            Element image = text.selectFirst("img");
            assertThat(image.attr("src")).isEqualTo(site.of("/media/" + photoHash + "/w800"));
            assertThat(image.attr("srcset")).startsWith(site.of("/media/" + photoHash + "/w320") + " 320w, ")
                    .doesNotContain(" /media");
            assertThat(text.selectFirst("a").attr("href")).isEqualTo(site.of("/en/sections/" + section.getSlug()));
            assertThat(get(path(image.attr("src"))).statusCode()).isEqualTo(200);

            assertThat(entry.getEnclosures()).as(format).hasSize(1);
            SyndEnclosure enclosure = entry.getEnclosures().get(0);
            assertThat(enclosure.getUrl()).isEqualTo(site.of("/media/" + cover.get("sha256").asString() + "/w800"));
            HttpResponse<byte[]> file = http().send(HttpRequest.newBuilder(uri(path(enclosure.getUrl()))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("content-type")).hasValue(enclosure.getType());
            assertThat(enclosure.getType()).isEqualTo("image/jpeg");
            assertThat(enclosure.getLength()).isEqualTo(file.body().length).isPositive();
        }
    }

    @Test
    void feedsAnswerWithTheirContentTypeAndAreRevalidated() {
        Article article = content.article(section, department).en("Revalidated feed").releasedHoursAgo(4).save();
        Instant changed = articles.findById(article.getId()).orElseThrow().getUpdatedAt();
        for (String format : FORMATS) {
            String path = "/en/sections/" + section.getSlug() + "/feed." + format;
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("content-type"))
                    .hasValue("application/" + format + "+xml;charset=UTF-8");
            String tag = first.headers().firstValue("etag").orElseThrow();
            String lastModified = first.headers().firstValue("last-modified").orElseThrow();
            assertThat(java.time.ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                    .as("written after the newest change").isAfterOrEqualTo(changed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=0, must-revalidate");

            HttpResponse<String> byTag = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", tag).build());
            assertThat(byTag.statusCode()).isEqualTo(304);
            HttpResponse<String> byDate = send(HttpRequest.newBuilder(uri(path))
                    .header("If-Modified-Since", lastModified).build());
            assertThat(byDate.statusCode()).isEqualTo(304);
            HttpResponse<String> kept = get(path);
            assertThat(kept.headers().firstValue("content-type")).hasValue("application/" + format + "+xml;charset=UTF-8");
            assertThat(kept.body()).isEqualTo(first.body());
        }
    }

    @Test
    void aKeptFeedShowsPublishingEditingAndAScheduledReleaseOnTheNextRequest() throws Exception {
        content.article(section, department).en("Already there").releasedHoursAgo(5).save();
        Article draft = content.article(section, department).en("Published later")
                .releasedAt(content.now().minusSeconds(20)).draft().save();
        content.article(section, department).en("Released later").releasedAt(content.now().plus(Duration.ofHours(2))).save();
        String sectionFeed = "/en/sections/" + section.getSlug() + "/feed.rss";
        List<String> paths = List.of(sectionFeed, "/en/feed.atom", "/en/departments/" + department.getSlug() + "/feed.atom");
        for (int round = 0; round < 2; round++) {
            paths.forEach(path -> assertThat(get(path).body()).as(path).doesNotContain("Published later", "Released later"));
        }
        double hits = keptAnswers();
        paths.forEach(this::get);
        assertThat(keptAnswers()).as("answered from the page cache").isEqualTo(hits + paths.size());

        save(draft, "Published later", "PUBLISH");
        paths.forEach(path -> assertThat(titles(parse(path))).as(path).contains("Published later"));

        save(draft, "Published, then renamed", "SAVE");
        paths.forEach(path -> assertThat(titles(parse(path))).as(path).contains("Published, then renamed")
                .doesNotContain("Published later"));

        clock.advance(Duration.ofHours(3));
        assertThat(titles(parse(sectionFeed))).containsExactly("Released later", "Published, then renamed", "Already there");
        assertThat(titles(parse("/en/departments/" + department.getSlug() + "/feed.atom")))
                .containsExactly("Released later", "Published, then renamed", "Already there");
    }

    @Test
    void unknownFeedsAreNotFoundPages() {
        content.article(section, department).en("Exists").releasedHoursAgo(1).save();
        for (String path : List.of("/en/sections/no-such-section/feed.rss", "/zh/sections/no-such-section/feed.atom",
                "/en/departments/no-such-department/feed.rss", "/fr/feed.rss", "/xx/sections/" + section.getSlug() + "/feed.rss",
                "/en/feed.xml", "/en/feed.rss.bak", "/en/sections/" + section.getSlug() + "/feed.json",
                "/en/departments/" + department.getSlug() + "/feed.", "/en/feed")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header("User-Agent", BROWSER)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("content-type").orElseThrow()).as(path).startsWith("text/html");
            assertThat(org.jsoup.Jsoup.parse(answer.body()).select(".site-nav")).as(path).isNotEmpty();
        }
        assertThat(get("/en/sections/" + section.getSlug() + "/feed.rss?x=1").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAnnounceTheirFeedsAndTheFeedsAnswer() {
        Article article = content.article(section, department).en("Announced").releasedHoursAgo(1).save();
        String sectionPath = "/en/sections/" + section.getSlug();
        assertThat(announced("/en/")).containsExactly("/en/feed.rss", "/en/feed.atom");
        assertThat(announced("/zh/")).containsExactly("/zh/feed.rss", "/zh/feed.atom");
        assertThat(announced(sectionPath)).containsExactly(sectionPath + "/feed.rss", sectionPath + "/feed.atom",
                "/en/feed.rss", "/en/feed.atom");
        assertThat(announced("/en/articles/" + article.getId())).containsExactly("/en/feed.rss", "/en/feed.atom");
        String departmentPath = "/en/departments/" + department.getSlug();
        assertThat(get(departmentPath).statusCode()).isEqualTo(200);
        assertThat(announced(departmentPath)).containsExactly(departmentPath + "/feed.rss",
                departmentPath + "/feed.atom", "/en/feed.rss", "/en/feed.atom");
        assertThat(page(sectionPath).select("link[type=\"application/rss+xml\"]").first().attr("title"))
                .isEqualTo("Riverside University News – " + section.name(Language.EN) + " (RSS)");
        for (String page : List.of("/en/", sectionPath, "/zh/sections/" + section.getSlug(), departmentPath)) {
            for (Element link : page(page).select("link[rel=alternate][type~=application/(rss|atom)\\+xml]")) {
                HttpResponse<String> feed = get(link.attr("href"));
                assertThat(feed.statusCode()).as(link.attr("href")).isEqualTo(200);
                assertThat(feed.headers().firstValue("content-type").orElseThrow()).startsWith(link.attr("type"));
            }
        }
        assertThat(page("/en/search?q=announced").select("link[type=\"application/rss+xml\"]")).isEmpty();
    }

    @Test
    void titlesWithMarkupQuotesAndChinesePunctuationArriveAsText() throws Exception {
        String title = "Tom & Jerry's \"</script><script>alert(1)</script>\" <b>bold</b> — 标点：“引号”、《书名》！";
        content.article(section, department).en(title).zh(title).releasedHoursAgo(1).save();
        for (String lang : List.of("en", "zh")) {
            for (String format : FORMATS) {
                String path = "/" + lang + "/sections/" + section.getSlug() + "/feed." + format;
                assertThat(parse(path).getEntries().get(0).getTitle()).as(path).isEqualTo(title);
                assertThat(get(path).body()).doesNotContain("</script>", "<b>bold");
            }
        }
    }

    private double keptAnswers() {
        return meters.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
    }

    private List<String> announced(String page) {
        return page(page).select("head link[rel=alternate][type~=application/(rss|atom)\\+xml]").eachAttr("href");
    }

    private SyndFeed parse(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        try {
            return new SyndFeedInput().build(new StringReader(answer.body()));
        } catch (FeedException e) {
            throw new AssertionError(path + " is not a feed", e);
        }
    }

    private Feed atom(String path) throws FeedException {
        WireFeed feed = new WireFeedInput().build(new StringReader(get(path).body()));
        return (Feed) feed;
    }

    /** The page the feed follows: RSS's link, Atom's alternate link (ROME gives Atom's id as the link). */
    private static String page(SyndFeed feed) {
        return feed.getLinks().stream().filter(link -> "alternate".equals(link.getRel())).map(link -> link.getHref())
                .findFirst().orElse(feed.getLink());
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private String articleUrl(Language language, Article article) {
        return site.of("/" + language.code() + "/articles/" + article.getId());
    }

    /** The path of an absolute address of the site. */
    private String path(String url) {
        String base = site.of("/");
        assertThat(url).startsWith(base);
        return url.substring(base.length() - 1);
    }

    private JsonNode upload(String name, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/media/upload")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("purpose", "IMAGE").accept(org.springframework.http.MediaType.APPLICATION_JSON)
                        .with(csrf()).with(as(editor)))
                .andExpect(status().isOk()).andReturn();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
    }

    private long saveNew(ArticleEditorPost post) throws Exception {
        String releaseTime = LocalDateTime.ofInstant(content.now().minus(Duration.ofMinutes(10)), properties.timeZone())
                .format(EDITOR_TIME);
        MvcResult result = mvc.perform(post.param("releaseTime", releaseTime).post("/admin/articles")
                .with(as(editor)).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).isNotNull();
        return Long.parseLong(location.replaceAll("\\D+(\\d+)\\D*", "$1"));
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
}
