package org.campusnews.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.campusnews.article.Article;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.MutableClock;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class SearchIntegrationTests extends IntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    MutableClock clock;

    @Autowired
    CampusNewsProperties properties;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<Long> found(Language language, String query) {
        return search.search(language, query, 1).hits().stream().map(SearchResults.Hit::articleId).toList();
    }

    @Test
    void aPublishedChineseArticleIsFoundBySubstringsSingleCharactersAndMixedQueries() {
        Article article = content.article(content.section(), content.department()).zh("关于申请滨江大学奖学金的通知")
                .body(Language.ZH, "<p>全体同学：<strong>CET-4</strong>报名于下周开始，请登录教务系统。</p>")
                .save();
        long id = article.getId();

        assertThat(found(Language.ZH, "奖学")).contains(id);
        assertThat(found(Language.ZH, "滨江")).contains(id);
        assertThat(found(Language.ZH, "滨江大学奖学金")).contains(id);
        assertThat(found(Language.ZH, "奖")).contains(id);
        assertThat(found(Language.ZH, "CET-4 报名")).contains(id);
        assertThat(found(Language.ZH, "cet 4")).contains(id);
        assertThat(found(Language.ZH, "ＣＥＴ－４ 教务")).contains(id);
        assertThat(found(Language.ZH, "CET-6 报名")).doesNotContain(id);
        assertThat(found(Language.ZH, "奖金")).doesNotContain(id);
        assertThat(found(Language.EN, "奖学")).as("only the page's language").doesNotContain(id);
    }

    @Test
    void englishIsStemmedAndCaseAndAccentInsensitive() {
        Article article = content.article(content.section(), content.department()).en("Scholarship for the Café Quorvexa")
                .body(Language.EN, "<p>Students apply online before <em>Friday</em>.</p>")
                .save();
        long id = article.getId();

        assertThat(found(Language.EN, "scholarships")).contains(id);
        assertThat(found(Language.EN, "applying")).contains(id);
        assertThat(found(Language.EN, "CAFE quorvexa")).contains(id);
        assertThat(found(Language.EN, "quorvexa applications")).doesNotContain(id);
        assertThat(found(Language.ZH, "quorvexa")).doesNotContain(id);
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchThenTheNewestFirst() {
        Section section = content.section();
        Department department = content.department();
        long inBody = content.article(section, department).en("Library hours")
                .body(Language.EN, "<p>Zentrovia opens later.</p>").releasedHoursAgo(1).save().getId();
        long inOldTitle = content.article(section, department).en("Zentrovia exhibition").releasedHoursAgo(30).save().getId();
        long inNewTitle = content.article(section, department).en("Zentrovia lecture").releasedHoursAgo(20).save().getId();

        SearchResults results = search.search(Language.EN, "zentrovia", 1);
        assertThat(results.hits()).extracting(SearchResults.Hit::articleId).containsExactly(inNewTitle, inOldTitle, inBody);
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.hits().get(0).title()).isEqualTo("Zentrovia lecture");
    }

    @Test
    void aChineseTitleMatchRanksAboveAChineseBodyMatch() {
        Section section = content.section();
        Department department = content.department();
        long inBody = content.article(section, department).zh("图书馆开放时间")
                .body(Language.ZH, "<p>鹭洲讲堂今晚开放。</p>").releasedHoursAgo(1).save().getId();
        long inTitle = content.article(section, department).zh("鹭洲讲堂第十期").releasedHoursAgo(40).save().getId();

        assertThat(found(Language.ZH, "鹭洲讲堂")).containsExactly(inTitle, inBody);
    }

    @Test
    void draftsAndScheduledArticlesAreNotFoundUntilTheirTimeComes() {
        Section section = content.section();
        Department department = content.department();
        long draft = content.article(section, department).en("Draft Plumbrigate").draft().save().getId();
        long scheduled = content.article(section, department).en("Scheduled Plumbrigate")
                .releasedAt(content.now().plus(Duration.ofHours(2))).save().getId();

        assertThat(found(Language.EN, "plumbrigate")).doesNotContain(draft, scheduled);

        clock.advance(Duration.ofHours(3));
        assertThat(found(Language.EN, "plumbrigate")).contains(scheduled).doesNotContain(draft);
    }

    @Test
    void editsUnpublishingAndDeletionAreSeenAsSoonAsTheSaveReturns() throws Exception {
        Section section = content.section();
        Department department = content.department();
        UserAccount editor = content.staff(Role.EDITOR, department);
        String releaseTime = LocalDateTime.ofInstant(content.now().minus(Duration.ofHours(1)), properties.timeZone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        ArticleEditorPost post = ArticleEditorPost.englishOnly(section, department, "Glimmerfold open day")
                .param("releaseTime", releaseTime).enBody("<p>Come to the glimmerfold campus.</p>");
        String saved = mvc.perform(post.param("action", "PUBLISH").post("/admin/articles").with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(saved.replaceAll("^/admin/articles/(\\d+)/edit.*$", "$1"));
        assertThat(found(Language.EN, "glimmerfold")).contains(id);

        mvc.perform(post.param("action", "SAVE").param("version", version(id)).param("en.title", "Brightwater open day")
                        .enBody("<p>Come to the brightwater campus.</p>").post("/admin/articles/" + id).with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(found(Language.EN, "brightwater")).contains(id);
        assertThat(found(Language.EN, "glimmerfold")).doesNotContain(id);

        mvc.perform(post.param("action", "UNPUBLISH").param("version", version(id)).post("/admin/articles/" + id)
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(found(Language.EN, "brightwater")).doesNotContain(id);

        mvc.perform(post.param("action", "PUBLISH").param("version", version(id)).post("/admin/articles/" + id)
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(found(Language.EN, "brightwater")).contains(id);

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/delete")
                        .with(as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(found(Language.EN, "brightwater")).doesNotContain(id);

        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + id + "/restore")
                        .with(as(content.staff(Role.ADMIN))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(found(Language.EN, "brightwater")).contains(id);
    }

    @Test
    void theLongestBodiesAreIndexed() {
        Random random = new Random(10);
        StringBuilder body = new StringBuilder("<p>");
        for (int i = 0; i < 190_000; i++) {
            body.appendCodePoint(0x4E00 + random.nextInt(20_000));
        }
        long id = content.article(content.section(), content.department()).zh("长文Wendelquist")
                .body(Language.ZH, body.append("</p>").toString()).save().getId();
        assertThat(found(Language.ZH, "wendelquist")).contains(id);
        assertThat(found(Language.ZH, body.substring(3, 6))).contains(id);
    }

    @Test
    void theIndexIsFilledForArticlesItHasNoRowFor() {
        long id = content.article(content.section(), content.department()).en("Backfilled Vantorel").zh("补建索引Vantorel")
                .save().getId();
        long other = content.article(content.section(), content.department()).en("Backfilled Vantorel too").save().getId();
        jdbc.sql("delete from article_search where (article_id = ? and lang = 'en') or article_id = ?").param(id).param(other)
                .update();
        assertThat(found(Language.EN, "vantorel")).doesNotContain(id, other);
        assertThat(found(Language.ZH, "vantorel")).contains(id);

        index.backfill();
        assertThat(found(Language.EN, "vantorel")).contains(id, other);
        assertThat(found(Language.ZH, "补建")).contains(id);
        index.backfill();
        assertThat(search.search(Language.EN, "vantorel", 1).hits()).extracting(SearchResults.Hit::articleId)
                .containsOnlyOnce(id, other);
    }

    @Test
    void aRowLeftBehindByAnUnpublishedArticleIsNotFound() {
        long id = content.article(content.section(), content.department()).en("Outlived Quorvanel").save().getId();
        assertThat(found(Language.EN, "quorvanel")).contains(id);

        // As if the start-up fill had written the row while the article was unpublished.
        jdbc.sql("update article set status = 'DRAFT' where id = ?").param(id).update();

        assertThat(found(Language.EN, "quorvanel")).doesNotContain(id);
        jdbc.sql("update article set status = 'PUBLISHED', deleted_at = now() where id = ?").param(id).update();
        assertThat(found(Language.EN, "quorvanel")).doesNotContain(id);
    }

    @Test
    void queriesWithoutTermsOrWithOperatorsFindNothingAndFailNothing() {
        assertThat(search.search(Language.EN, "", 1).total()).isZero();
        assertThat(search.search(Language.EN, "the of and", 1).total()).isZero();
        assertThat(search.search(Language.ZH, "& | ! : * ( ) ' \\ ;-- drop table article", 1).hits()).isNotNull();
        assertThat(search.search(Language.ZH, "x".repeat(10_000), 1).total()).isZero();
        assertThat(search.search(Language.EN, "学 the", 99_999).hits()).isEmpty();
    }

    private String version(long id) {
        return jdbc.sql("select version from article where id = ?").param(id).query(Long.class).single().toString();
    }

    @Test
    void traditionalAndSimplifiedCharactersFindEachOther() {
        Section section = content.section();
        Department department = content.department();
        long simplified = content.article(section, department).zh("澜沧学院奖学金评审结果").save().getId();
        long traditional = content.article(section, department).zh("瀾滄學院獎學金頒獎典禮").save().getId();

        assertThat(found(Language.ZH, "瀾滄學院")).containsExactlyInAnyOrder(simplified, traditional);
        assertThat(found(Language.ZH, "澜沧 奖学")).containsExactlyInAnyOrder(simplified, traditional);
        assertThat(found(Language.ZH, "澜沧 頒獎")).containsExactly(traditional);
    }

    @Test
    void phrasesInQuotesMustMatchInOrder() {
        Section section = content.section();
        Department department = content.department();
        long inOrder = content.article(section, department).en("Velmora student union elects a chair").save().getId();
        long apart = content.article(section, department).en("Velmora union news for every student").save().getId();

        assertThat(found(Language.EN, "velmora student union")).containsExactlyInAnyOrder(inOrder, apart);
        assertThat(found(Language.EN, "velmora \"student union\"")).containsExactly(inOrder);
        assertThat(found(Language.EN, "“student unions” velmora")).as("Chinese quotation marks, stemmed").containsExactly(inOrder);
        assertThat(found(Language.EN, "velmora \"student union")).as("a quote left open").containsExactly(inOrder);
    }

    @Test
    void aLeadingMinusExcludesAWordOrAPhraseInEitherScript() {
        Section section = content.section();
        Department department = content.department();
        long withFee = content.article(section, department).en("Tarnwick courses and fees")
                .zh("塔恩维克课程收费说明").save().getId();
        long free = content.article(section, department).en("Tarnwick courses open to all")
                .zh("塔恩维克课程开放报名").save().getId();

        assertThat(found(Language.EN, "tarnwick -fee")).containsExactly(free);
        assertThat(found(Language.EN, "tarnwick -\"open to all\"")).containsExactly(withFee);
        assertThat(found(Language.EN, "tarnwick CET-4")).isEmpty();
        assertThat(found(Language.ZH, "塔恩维克 -收费")).containsExactly(free);
        assertThat(found(Language.ZH, "塔恩维克 －报名")).as("full-width minus").containsExactly(withFee);
        assertThat(found(Language.EN, "-tarnwick")).as("exclusions alone find nothing").isEmpty();
        assertThat(found(Language.EN, "the -tarnwick")).as("stop words and exclusions find nothing").isEmpty();
        assertThat(found(Language.EN, "tarnwick - courses")).as("a minus on its own is no exclusion")
                .containsExactlyInAnyOrder(withFee, free);
    }

    @Test
    void resultsCanBeNarrowedToASectionADepartmentAndAYearAndSortedNewestFirst() {
        Section notices = content.section();
        Section news = content.section();
        Department office = content.department();
        Department library = content.department();
        long oldNotice = content.article(notices, office).en("Brellith notice about rooms")
                .releasedAt(java.time.ZonedDateTime.of(2024, 6, 1, 9, 0, 0, 0, properties.timeZone()).toInstant())
                .save().getId();
        long newNotice = content.article(notices, library).en("Library hours").body(Language.EN, "<p>Brellith</p>")
                .releasedHoursAgo(2).save().getId();
        long newsItem = content.article(news, office).en("Brellith news").releasedHoursAgo(5).save().getId();

        assertThat(ids(new SearchRequest(Language.EN, "brellith", null, null, null, null, 1)))
                .containsExactly(newsItem, oldNotice, newNotice);
        assertThat(ids(new SearchRequest(Language.EN, "brellith", null, null, null, SearchRequest.Order.NEWEST, 1)))
                .containsExactly(newNotice, newsItem, oldNotice);
        assertThat(ids(new SearchRequest(Language.EN, "brellith", notices.getSlug(), null, null, null, 1)))
                .containsExactly(oldNotice, newNotice);
        assertThat(ids(new SearchRequest(Language.EN, "brellith", null, office.getSlug(), null, null, 1)))
                .containsExactly(newsItem, oldNotice);
        assertThat(ids(new SearchRequest(Language.EN, "brellith", notices.getSlug(), null, 2024, null, 1)))
                .containsExactly(oldNotice);
        assertThat(ids(new SearchRequest(Language.EN, "brellith", null, null, 2023, null, 1))).isEmpty();
        assertThat(search.page(new SearchRequest(Language.EN, "brellith", "no-such-section", null, null, null, 1)))
                .isEmpty();
        SearchPage page = search.page(new SearchRequest(Language.EN, "brellith", null, null, null, null, 1)).orElseThrow();
        assertThat(page.sections()).extracting(SearchFilters.Choice::slug).contains(notices.getSlug(), news.getSlug());
        assertThat(page.departments()).extracting(SearchFilters.Choice::slug).contains(office.getSlug(), library.getSlug());
        assertThat(page.years()).contains(2024, java.time.Year.now(clock.withZone(properties.timeZone())).getValue());
    }

    private List<Long> ids(SearchRequest request) {
        return search.page(request).orElseThrow().results().hits().stream().map(SearchResults.Hit::articleId).toList();
    }
}
