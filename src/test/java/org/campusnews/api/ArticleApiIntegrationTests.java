package org.campusnews.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleService;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.web.SiteAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The API's articles, sections and departments, against what the site's pages show. */
class ArticleApiIntegrationTests extends IntegrationTest {

    @Autowired
    SiteAddress site;

    @Autowired
    MutableClock clock;

    @Autowired
    ArticleService articles;

    private Section section;
    private Department publisher;
    private Department translator;

    @BeforeEach
    void setUp() {
        section = content.section();
        publisher = content.department();
        translator = content.department();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listsTheArticlesVisibleInALanguageNewestFirstWithTheirFacts() {
        Article translated = content.article(section, publisher).zh("中文原文").en("Translated into English")
                .translatedBy(Language.EN, translator).summary(Language.EN, "The summary").releasedHoursAgo(2).save();
        Article english = content.article(section, publisher).en("English only").releasedHoursAgo(1).save();
        content.article(section, publisher).zh("只有中文").save();
        content.article(section, publisher).en("A draft").draft().save();
        content.article(section, publisher).en("Scheduled").releasedAt(content.now().plus(Duration.ofHours(2))).save();

        JsonNode list = ok(get("/api/v1/articles?lang=en&section=" + section.getSlug()));

        assertThat(ids(list)).containsExactly(english.getId(), translated.getId());
        assertThat(list.path("next").isNull()).isTrue();
        assertThat(list.path("limit").asInt()).isEqualTo(20);
        JsonNode item = list.path("items").get(1);
        assertThat(item.path("language").asString()).isEqualTo("en");
        assertThat(item.path("title").asString()).isEqualTo("Translated into English");
        assertThat(item.path("summary").asString()).isEqualTo("The summary");
        assertThat(Instant.parse(item.path("releaseTime").asString()))
                .isCloseTo(translated.getReleaseTime(), within(1, ChronoUnit.MICROS));
        assertThat(item.path("section").path("slug").asString()).isEqualTo(section.getSlug());
        assertThat(item.path("section").path("name").asString()).isEqualTo(section.name(Language.EN));
        assertThat(item.path("department").path("slug").asString()).isEqualTo(publisher.getSlug());
        assertThat(item.path("department").path("name").asString()).isEqualTo(publisher.name(Language.EN));
        assertThat(item.path("translator").path("name").asString()).isEqualTo(translator.name(Language.EN));
        assertThat(item.path("url").asString()).isEqualTo(site.of("/en/articles/" + translated.getId()));
        assertThat(Instant.parse(item.path("changedAt").asString())).isAfterOrEqualTo(
                Instant.parse(item.path("releaseTime").asString()));
        assertThat(item.path("cover").isNull()).isTrue();
        assertThat(list.path("items").get(0).path("translator").isNull()).isTrue();
        assertThat(list.path("items").get(0).path("summary").isNull()).isTrue();

        JsonNode chinese = ok(get("/api/v1/articles?lang=zh&section=" + section.getSlug()));
        assertThat(chinese.path("items").get(1).path("title").asString()).isEqualTo("中文原文");
        assertThat(chinese.path("items").get(1).path("section").path("name").asString()).isEqualTo(section.name(Language.ZH));
        assertThat(chinese.path("items")).hasSize(2);
    }

    @Test
    void aScheduledArticleAppearsAtItsReleaseTime() {
        Article scheduled = content.article(section, publisher).en("Comes later")
                .releasedAt(content.now().plus(Duration.ofHours(2))).save();
        String path = "/api/v1/articles?lang=en&section=" + section.getSlug();
        assertThat(ids(ok(get(path)))).isEmpty();

        clock.advance(Duration.ofHours(3));

        assertThat(ids(ok(get(path)))).containsExactly(scheduled.getId());
    }

    @Test
    void listsWhatADepartmentPublishedOrTranslated() {
        Department other = content.department();
        Article ours = content.article(section, publisher).en("Ours").releasedHoursAgo(3).save();
        Article translatedByUs = content.article(section, other).zh("他们的").en("Theirs in English")
                .translatedBy(Language.EN, publisher).releasedHoursAgo(2).save();
        content.article(section, other).en("Theirs alone").releasedHoursAgo(1).save();

        assertThat(ids(ok(get("/api/v1/articles?lang=en&department=" + publisher.getSlug()))))
                .containsExactly(translatedByUs.getId(), ours.getId());
        assertThat(ids(ok(get("/api/v1/articles?lang=zh&department=" + publisher.getSlug())))).isEmpty();
        assertThat(ids(ok(get("/api/v1/articles?lang=en&section=" + section.getSlug() + "&department="
                + other.getSlug())))).hasSize(2).doesNotContain(ours.getId());
    }

    @Test
    void sinceListsTheArticlesChangedOrReleasedFromThatInstant() {
        Article old = content.article(section, publisher).en("Changed before").releasedHoursAgo(5).save();
        Article scheduled = content.article(section, publisher).en("Released later")
                .releasedAt(content.now().plus(Duration.ofHours(2))).save();
        Instant afterEdits = content.now().plusSeconds(1);
        String since = afterEdits.atOffset(ZoneOffset.ofHours(8)).toString();
        String path = "/api/v1/articles?lang=en&section=" + section.getSlug() + "&since=" + since.replace("+", "%2B");

        assertThat(ids(ok(get("/api/v1/articles?lang=en&section=" + section.getSlug() + "&since="
                + afterEdits.minus(Duration.ofHours(1)))))).containsExactly(old.getId());
        assertThat(ids(ok(get(path)))).isEmpty();

        clock.advance(Duration.ofHours(3));

        JsonNode list = ok(get(path));
        assertThat(ids(list)).containsExactly(scheduled.getId());
        assertThat(Instant.parse(list.path("items").get(0).path("changedAt").asString()))
                .isCloseTo(scheduled.getReleaseTime(), within(1, ChronoUnit.MICROS));
    }

    @Test
    void qListsTheArticlesTheSiteSearchFindsNewestFirst() {
        String word = "quorvandel" + (char) ('a' + section.getId() % 26) + (char) ('a' + section.getId() / 26 % 26);
        Article older = content.article(section, publisher).en("The " + word + " report").releasedHoursAgo(3).save();
        Article newer = content.article(section, publisher).en("Another title").releasedHoursAgo(1)
                .body(Language.EN, "<p>About the " + word + " project</p>").save();
        content.article(section, publisher).en("Nothing to find").save();
        content.article(section, publisher).zh(word + " 中文").save();

        HttpResponse<String> found = get("/api/v1/articles?lang=en&q=" + word);
        assertThat(ids(ok(found))).containsExactly(newer.getId(), older.getId());
        assertThat(found.headers().firstValue("ETag")).isPresent();
        JsonNode first = ok(get("/api/v1/articles?lang=en&limit=1&q=%20" + word + "%20"));
        assertThat(ids(first)).containsExactly(newer.getId());
        assertThat(ids(ok(get("/api/v1/articles?lang=en&limit=1&q=" + word + "&cursor=" + first.path("next").asString()))))
                .containsExactly(older.getId());
        assertThat(ids(ok(get("/api/v1/articles?lang=en&q=%22" + word + "%20report%22")))).containsExactly(older.getId());
        assertThat(ids(ok(get("/api/v1/articles?lang=en&q=" + word + "%20-project")))).containsExactly(older.getId());
        assertThat(ids(ok(get("/api/v1/articles?lang=en&q=" + word + "&section=" + content.section().getSlug())))).isEmpty();
        assertThat(ids(ok(get("/api/v1/articles?lang=en&q=%3F%21")))).isEmpty();
        for (String q : List.of("", "%20", "x".repeat(201), "a%01b")) {
            ApiSupport.problem(get("/api/v1/articles?lang=en&q=" + q), 400);
        }
    }

    @Test
    void cursorPagesMeetEveryArticleOnceWhileNewOnesArePublished() {
        List<Long> existing = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            existing.add(0, content.article(section, publisher).en("Article " + i).releasedHoursAgo(100 - i).save().getId());
        }
        // Two at the same release time, across the edge of the first page: the higher id comes first, neither is lost.
        Instant shared = content.now().minus(Duration.ofMinutes(83 * 60 + 30)).truncatedTo(ChronoUnit.SECONDS);
        long first = content.article(section, publisher).en("Same time A").releasedAt(shared).save().getId();
        long second = content.article(section, publisher).en("Same time B").releasedAt(shared).save().getId();
        List<Long> expected = new ArrayList<>(existing.subList(0, 9));
        expected.addAll(List.of(second, first));
        expected.addAll(existing.subList(9, 25));
        String path = "/api/v1/articles?lang=en&limit=10&section=" + section.getSlug();

        List<Long> seen = new ArrayList<>();
        JsonNode page = ok(get(path));
        seen.addAll(ids(page));
        int pages = 1;
        while (!page.path("next").isNull()) {
            content.article(section, publisher).en("Published meanwhile " + pages).save();
            page = ok(get(path + "&cursor=" + page.path("next").asString()));
            seen.addAll(ids(page));
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void anArticleInFullIsWhatItsPageShows() {
        Article older = content.article(section, publisher).en("Older").releasedHoursAgo(3).save();
        Article article = content.article(section, publisher).en("The article").zh("文章")
                .body(Language.EN, "<p>Hello <strong>world</strong></p><p>Second paragraph</p>")
                .translatedBy(Language.EN, translator).releasedHoursAgo(2).save();
        Article newer = content.article(section, publisher).en("Newer").releasedHoursAgo(1).save();
        long viewsBefore = articles.viewCount(article.getId()).current();

        JsonNode details = ok(get("/api/v1/articles/" + article.getId() + "?lang=en"));
        Document page = page("/en/articles/" + article.getId());

        assertThat(details.path("id").asLong()).isEqualTo(article.getId());
        assertThat(details.path("title").asString()).isEqualTo(page.selectFirst("h1.article__title").text());
        assertThat(Jsoup.parseBodyFragment(details.path("body").asString()).body().html())
                .isEqualTo(page.selectFirst(".article__body").html()).contains("<strong>world</strong>");
        assertThat(details.path("otherLanguages").get(0).asString()).isEqualTo("zh");
        assertThat(details.path("otherLanguages")).hasSize(1);
        assertThat(details.path("translator").path("slug").asString()).isEqualTo(translator.getSlug());
        assertThat(details.path("previous").path("id").asLong()).isEqualTo(newer.getId());
        assertThat(details.path("previous").path("title").asString()).isEqualTo("Newer");
        assertThat(details.path("previous").path("url").asString()).isEqualTo(site.of("/en/articles/" + newer.getId()));
        assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/en/articles/" + newer.getId());
        assertThat(details.path("next").path("id").asLong()).isEqualTo(older.getId());
        assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/en/articles/" + older.getId());
        assertThat(details.path("attachments")).isEmpty();

        JsonNode oldest = ok(get("/api/v1/articles/" + older.getId() + "?lang=en"));
        assertThat(oldest.path("next").isNull()).isTrue();
        assertThat(oldest.path("otherLanguages")).isEmpty();

        // The page view counted one; reading through the API counts none.
        ok(get("/api/v1/articles/" + article.getId() + "?lang=en"));
        assertThat(articles.viewCount(article.getId()).current()).isEqualTo(viewsBefore + 1);
    }

    @Test
    void theListHoldsTheSameArticlesAsTheSectionPage() {
        for (int i = 1; i <= 5; i++) {
            content.article(section, publisher).en("Listed " + i).releasedHoursAgo(10 - i).save();
        }
        List<String> pageTitles = page("/en/sections/" + section.getSlug()).select(".article-list__item a").eachText();
        List<String> apiTitles = new ArrayList<>();
        ok(get("/api/v1/articles?lang=en&section=" + section.getSlug()))
                .path("items").forEach(item -> apiTitles.add(item.path("title").asString()));
        assertThat(apiTitles).hasSize(5).isEqualTo(pageTitles.stream().filter(apiTitles::contains).toList());
        assertThat(pageTitles).containsAll(apiTitles);
    }

    @Test
    void sectionsAndDepartmentsComeWithBothNamesAndTheirCounts() {
        content.article(section, publisher).en("One").zh("一").translatedBy(Language.ZH, translator).save();
        content.article(section, publisher).en("Two").save();
        content.article(section, publisher).en("Draft").draft().save();

        JsonNode sections = ok(get("/api/v1/sections"));
        JsonNode ours = find(sections, section.getSlug());
        assertThat(ours.path("name").path("en").asString()).isEqualTo(section.name(Language.EN));
        assertThat(ours.path("name").path("zh").asString()).isEqualTo(section.name(Language.ZH));
        assertThat(ours.path("articles").path("en").asLong()).isEqualTo(2);
        assertThat(ours.path("articles").path("zh").asLong()).isEqualTo(1);

        JsonNode departments = ok(get("/api/v1/departments"));
        JsonNode publishing = find(departments, publisher.getSlug());
        assertThat(publishing.path("name").path("zh").asString()).isEqualTo(publisher.name(Language.ZH));
        assertThat(publishing.path("published").path("en").asLong()).isEqualTo(2);
        assertThat(publishing.path("published").path("zh").asLong()).isEqualTo(1);
        assertThat(publishing.path("translated").path("zh").asLong()).isZero();
        JsonNode translating = find(departments, translator.getSlug());
        assertThat(translating.path("translated").path("zh").asLong()).isEqualTo(1);
        assertThat(translating.path("published").path("en").asLong()).isZero();
        Department idle = content.department();
        assertThat(ok(get("/api/v1/departments")).findValuesAsString("slug")).contains(publisher.getSlug())
                .doesNotContain(idle.getSlug());
    }

    private static JsonNode find(JsonNode list, String slug) {
        for (JsonNode entry : list) {
            if (entry.path("slug").asString().equals(slug)) {
                return entry;
            }
        }
        throw new AssertionError("No entry " + slug + " in " + list);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        return ApiSupport.ok(response);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
