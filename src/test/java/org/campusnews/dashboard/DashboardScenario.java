package org.campusnews.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Function;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleRepository;
import org.campusnews.article.ArticleService;
import org.campusnews.article.BrowseCounter;
import org.campusnews.article.ViewCount;
import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.MutableClock;
import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Known publishing figures in June and July of a year no other test uses, made through the editor and the
 * services with the clock set to 20 July of that year, 09:00 in the site's zone ({@code t0}). Submissions and
 * publications are 2, 5 and 9 hours apart; views are counted through the browse counter.
 *
 * <pre>
 * article  department section released (site's zone)  how                                           views  wait
 * a        one        first   07-05 10:00             submitted, published 2 h later                  30     2 h
 * b        one        first   06-10 10:00             submitted, returned, again, published at 9 h      7     9 h
 * c        two        second  07-15 10:00             submitted, published 5 h later                 100     5 h
 * e        two        first   06-20 10:00             published by an editor, never submitted          0     —
 * x        one        second  07-18 10:00             stored by the system; its title starts with =   12     —
 * y        two        second  07-01 00:30 (June in UTC) stored by the system                           3     —
 * z        one        first   06-01 00:30 (May in UTC)  stored by the system                           0     —
 * not counted: a draft (07-01), one released 05-31 23:30, one scheduled for 07-25, one deleted (07-03)
 * </pre>
 * So per month: one 2 in June and 2 in July, two 1 and 2; per section: first 4 articles and 37 views, second 3 and
 * 115; per department: one 4 and 49, two 3 and 103; the median wait 5 h (one 5.5 h, two 5 h).
 */
final class DashboardScenario {

    static final String X_TITLE = "=1+2 Budget";

    final int year;
    final Section first;
    final Section second;
    final Department one;
    final Department two;
    final UserAccount author;
    final UserAccount otherAuthor;
    final UserAccount editor;
    long a;
    long b;
    long c;
    long e;
    long x;
    long y;
    long z;
    long scheduled;

    private final TestContent content;
    private final MockMvc mvc;
    private final MutableClock clock;
    private final ZoneId zone;
    private final ArticleRepository articles;
    private final Function<UserAccount, RequestPostProcessor> as;

    DashboardScenario(int year, TestContent content, MockMvc mvc, MutableClock clock, ZoneId zone,
            ArticleRepository articles, Function<UserAccount, RequestPostProcessor> as) {
        this.year = year;
        this.content = content;
        this.mvc = mvc;
        this.clock = clock;
        this.zone = zone;
        this.articles = articles;
        this.as = as;
        this.first = content.section();
        this.second = content.section();
        this.one = content.department("Dept One " + year, "第一处" + year);
        this.two = content.department("Dept Two " + year, "第二处" + year);
        this.author = content.staff(Role.AUTHOR, one, two);
        this.otherAuthor = content.staff(Role.AUTHOR, two);
        this.editor = content.staff(Role.EDITOR);
    }

    /** The clock at 20 July, 09:00 in the site's zone. */
    void startClock() {
        clock.advance(Duration.between(clock.instant(), LocalDateTime.of(year, 7, 20, 9, 0).atZone(zone).toInstant()));
    }

    DashboardScenario build(ArticleService articleService, BrowseCounter counter) throws Exception {
        startClock();
        a = create(author, post(first, one, "Alpha " + year, year + "-07-05T10:00"), "SUBMIT");
        b = create(author, post(first, one, "Bravo " + year, year + "-06-10T10:00"), "SUBMIT");
        c = create(otherAuthor, post(second, two, "Charlie " + year, year + "-07-15T10:00"), "SUBMIT");
        e = create(editor, post(first, two, "Echo " + year, year + "-06-20T10:00"), "PUBLISH");
        clock.advance(Duration.ofHours(1));
        step(editor, b, post(first, one, "Bravo " + year, year + "-06-10T10:00").param("reviewComment", "Shorter, please"), "RETURN");
        clock.advance(Duration.ofHours(1));
        step(editor, a, post(first, one, "Alpha " + year, year + "-07-05T10:00"), "PUBLISH");
        clock.advance(Duration.ofHours(1));
        step(author, b, post(first, one, "Bravo " + year, year + "-06-10T10:00"), "SUBMIT");
        clock.advance(Duration.ofHours(2));
        step(editor, c, post(second, two, "Charlie " + year, year + "-07-15T10:00"), "PUBLISH");
        clock.advance(Duration.ofHours(4));
        step(editor, b, post(first, one, "Bravo " + year, year + "-06-10T10:00"), "PUBLISH");

        x = content.article(second, one).en(X_TITLE).releasedAt(at(7, 18, 10, 0)).save().getId();
        y = content.article(second, two).zh("滨江大学新闻" + year).releasedAt(at(7, 1, 0, 30)).save().getId();
        z = content.article(first, one).en("June first " + year).releasedAt(at(6, 1, 0, 30)).save().getId();
        content.article(first, one).en("Draft " + year).draft().releasedAt(at(7, 1, 10, 0)).save();
        content.article(first, one).en("May " + year).releasedAt(at(5, 31, 23, 30)).save();
        scheduled = content.article(first, one).en("Later " + year).releasedAt(at(7, 25, 10, 0)).save().getId();
        Article deleted = content.article(first, two).en("Deleted " + year).releasedAt(at(7, 3, 10, 0)).save();
        mvc.perform(MockMvcRequestBuilders.post("/admin/articles/" + deleted.getId() + "/delete").with(as.apply(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        views(articleService, a, 30);
        views(articleService, b, 7);
        views(articleService, c, 100);
        views(articleService, x, 12);
        views(articleService, y, 3);
        counter.flush();
        return this;
    }

    Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }

    static ArticleEditorPost post(Section section, Department department, String title, String releaseTime) {
        return ArticleEditorPost.englishOnly(section, department, title).enBody("<p>" + title + "</p>")
                .param("en.source", "News Office").param("releaseTime", releaseTime);
    }

    long create(UserAccount who, ArticleEditorPost post, String action) throws Exception {
        String redirect = mvc.perform(post.param("action", action).post("/admin/articles").with(as.apply(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(redirect.replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1"));
    }

    void step(UserAccount who, long id, ArticleEditorPost post, String action) throws Exception {
        mvc.perform(post.param("version", Long.toString(articles.findById(id).orElseThrow().getVersion()))
                        .param("action", action).post("/admin/articles/" + id).with(as.apply(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static void views(ArticleService articleService, long id, int count) {
        ViewCount views = articleService.viewCount(id);
        for (int i = 0; i < count; i++) {
            views.countView();
        }
    }
}
