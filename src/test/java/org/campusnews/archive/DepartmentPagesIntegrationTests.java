package org.campusnews.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.campusnews.web.SiteAddress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The departments' pages: the list with what each published and translated in the page's language, a department's
 * two lists with their own pages, and the article page's links to them.
 */
class DepartmentPagesIntegrationTests extends IntegrationTest {

    @Autowired
    DepartmentService departments;

    @Autowired
    SiteAddress site;

    private Section section;
    private Department publisher;
    private Department translator;

    @BeforeEach
    void setUp() {
        section = content.section();
        publisher = content.department();
        translator = content.department();
    }

    @Test
    void theListShowsEachDepartmentWithWhatItPublishedAndTranslatedInThePageLanguage() {
        content.article(section, publisher).en("Published in English").zh("中英文").translatedBy(Language.EN, translator).save();
        content.article(section, publisher).zh("只有中文").save();
        content.article(section, publisher).en("A draft").draft().save();
        Department idle = content.department();

        Document english = page("/en/departments");

        assertThat(english.selectFirst("h1").text()).isEqualTo("Departments");
        assertThat(entry(english, publisher.name(Language.EN)).text())
                .isEqualTo(publisher.name(Language.EN) + " 1 published nothing translated");
        assertThat(entry(english, translator.name(Language.EN)).text())
                .isEqualTo(translator.name(Language.EN) + " nothing published 1 translated");
        assertThat(entry(english, publisher.name(Language.EN)).selectFirst("a").attr("href"))
                .isEqualTo("/en/departments/" + publisher.getSlug());
        assertThat(english.select(".department-list__name").eachText()).doesNotContain(idle.name(Language.EN));

        Document chinese = page("/zh/departments");
        assertThat(entry(chinese, publisher.name(Language.ZH)).text())
                .isEqualTo(publisher.name(Language.ZH) + " 发布 2 篇 翻译 0 篇");
        assertThat(chinese.select(".department-list__name").eachText()).doesNotContain(translator.name(Language.ZH));
    }

    @Test
    void aDepartmentPageListsWhatItPublishedAndWhatItTranslatedApart() {
        Department other = content.department();
        content.article(section, publisher).en("Ours, untranslated").releasedHoursAgo(5).save();
        content.article(section, other).en("Theirs, translated by us").zh("他们的").translatedBy(Language.EN, publisher)
                .releasedHoursAgo(4).save();
        content.article(section, publisher).en("Ours, translated by them").zh("我们的").translatedBy(Language.ZH, other)
                .summary(Language.EN, "A summary").releasedHoursAgo(3).save();
        content.article(section, publisher).en("Our draft").draft().save();
        content.article(section, other).en("Theirs alone").save();

        Document page = page("/en/departments/" + publisher.getSlug());

        assertThat(page.selectFirst("h1").text()).isEqualTo(publisher.name(Language.EN));
        Element published = page.selectFirst(".department__published");
        assertThat(published.selectFirst("h2").text()).isEqualTo("Published (2)");
        assertThat(titles(published)).containsExactly("Ours, translated by them", "Ours, untranslated");
        assertThat(published.selectFirst(".archive-entry__summary").text()).isEqualTo("A summary");
        assertThat(published.selectFirst(".archive-entry__section").text()).isEqualTo(section.name(Language.EN));
        Element translated = page.selectFirst(".department__translated");
        assertThat(translated.selectFirst("h2").text()).isEqualTo("Translated (1)");
        assertThat(titles(translated)).containsExactly("Theirs, translated by us");

        Document chinese = page("/zh/departments/" + publisher.getSlug());
        assertThat(titles(chinese.selectFirst(".department__published"))).containsExactly("我们的");
        assertThat(chinese.selectFirst(".department__translated .empty").text()).isEqualTo("本部门尚未翻译中文文章。");
        assertThat(titles(page("/zh/departments/" + other.getSlug()).selectFirst(".department__translated")))
                .containsExactly("我们的");
        assertThat(page.selectFirst("a.language-switch").attr("href")).endsWith("/zh/departments/" + publisher.getSlug());
    }

    @Test
    void eachListHasItsOwnPagesAndItsPagerKeepsTheOtherOnesPage() {
        Department other = content.department();
        for (int i = 1; i <= 21; i++) {
            content.article(section, publisher).en("Published " + i).releasedHoursAgo(100 - i).save();
            content.article(section, other).en("Translated " + i).zh("译 " + i).translatedBy(Language.EN, publisher)
                    .releasedHoursAgo(100 - i).save();
        }
        String path = "/en/departments/" + publisher.getSlug();

        Document first = page(path);
        assertThat(titles(first.selectFirst(".department__published"))).hasSize(20).startsWith("Published 21").endsWith("Published 2");
        assertThat(titles(first.selectFirst(".department__translated"))).hasSize(20).startsWith("Translated 21");
        assertThat(first.selectFirst(".department__published a[rel=next]").attr("href")).isEqualTo(path + "?published=2");

        Document both = page(path + "?published=2&translated=2");
        assertThat(titles(both.selectFirst(".department__published"))).containsExactly("Published 1");
        assertThat(titles(both.selectFirst(".department__translated"))).containsExactly("Translated 1");
        assertThat(both.selectFirst(".department__published a[rel=prev]").attr("href"))
                .isEqualTo(path + "?translated=2&published=1");
        assertThat(both.selectFirst(".department__translated a[rel=prev]").attr("href"))
                .isEqualTo(path + "?published=2&translated=1");

        assertThat(both.select("link[rel=canonical]").attr("href")).isEqualTo(site.of(path + "?published=2&translated=2"));
        assertThat(page(path + "?published=1&translated=1").select("link[rel=canonical]").attr("href"))
                .isEqualTo(site.of(path));
        Document translatedOnly = page(path + "?translated=2");
        assertThat(translatedOnly.select("link[rel=canonical]").attr("href")).isEqualTo(site.of(path + "?translated=2"));
        assertThat(titles(translatedOnly.selectFirst(".department__published"))).hasSize(20).startsWith("Published 21");
        assertThat(titles(translatedOnly.selectFirst(".department__translated"))).containsExactly("Translated 1");

        assertThat(get(path + "?published=3").statusCode()).isEqualTo(404);
        assertThat(get(path + "?translated=3").statusCode()).isEqualTo(404);
        for (String query : List.of("?published=0", "?translated=0", "?published=abc", "?translated=x",
                "?published=-2", "?published=99999999999")) {
            assertThat(get(path + query).statusCode()).as(query).isEqualTo(400);
        }
    }

    @Test
    void anUnknownDepartmentIsNotFoundAndAnIdleOneSaysItHasNothingYet() {
        Department idle = content.department();

        assertThat(get("/en/departments/no-such-department").statusCode()).isEqualTo(404);
        assertThat(get("/zh/departments/NoSuch").statusCode()).isEqualTo(404);
        assertThat(get("/en/departments/no-such-department?published=2").statusCode()).isEqualTo(404);
        Document page = page("/en/departments/" + idle.getSlug());
        assertThat(page.select(".empty").eachText()).containsExactly(
                "This department has not published anything in English yet.",
                "This department has not translated anything into English yet.");
        assertThat(page.select("nav.pagination")).isEmpty();
        assertThat(get("/en/departments/" + idle.getSlug() + "?published=2").statusCode()).isEqualTo(404);
    }

    @Test
    void theArticlePageLinksItsPublisherAndItsTranslatorToTheirPages() {
        Article article = content.article(section, publisher).zh("原文").en("Translated").translatedBy(Language.EN, translator)
                .source("").save();

        Document page = page("/en/articles/" + article.getId());

        Element department = page.selectFirst(".article__meta .article__department");
        assertThat(department.text()).isEqualTo("Department: " + publisher.name(Language.EN));
        String publisherPage = department.selectFirst("a").attr("href");
        assertThat(publisherPage).isEqualTo("/en/departments/" + publisher.getSlug());
        Element credit = page.selectFirst(".article__credit a");
        assertThat(credit.text()).isEqualTo("Translated by " + translator.name(Language.EN));
        assertThat(credit.attr("href")).isEqualTo("/en/departments/" + translator.getSlug());
        assertThat(page.selectFirst(".article__source")).isNull();
        for (String path : List.of(publisherPage, credit.attr("href"))) {
            assertThat(titles(page(path))).as(path).containsExactly("Translated");
        }
        Document chinese = page("/zh/articles/" + article.getId());
        assertThat(chinese.selectFirst(".article__department").text()).isEqualTo("发布单位： " + publisher.name(Language.ZH));
        assertThat(chinese.selectFirst(".article__credit")).isNull();
    }

    @Test
    void keptDepartmentPagesShowARenameAndAreGoneWithTheDepartment() {
        content.article(section, publisher).en("Before the rename").save();
        Department idle = content.department();
        String list = "/en/departments";
        String idlePage = "/en/departments/" + idle.getSlug();
        for (int round = 0; round < 2; round++) {
            assertThat(page(list).select(".department-list__name").eachText()).contains(publisher.name(Language.EN));
            assertThat(get(idlePage).statusCode()).isEqualTo(200);
        }

        departments.delete(idle.getId());

        assertThat(get(idlePage).statusCode()).isEqualTo(404);

        departments.update(publisher.getId(), publisher.getSlug(), new BilingualName("改名", "Renamed Publisher"),
                publisher.getSortOrder());

        assertThat(page(list).select(".department-list__name").eachText()).contains("Renamed Publisher");
        assertThat(page("/en/departments/" + publisher.getSlug()).selectFirst("h1").text()).isEqualTo("Renamed Publisher");
    }

    private static Element entry(Document list, String name) {
        return list.select(".department-list__item").stream()
                .filter(item -> item.selectFirst(".department-list__name").text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No " + name + " in the list"));
    }

    private static List<String> titles(Element container) {
        return container.select(".archive-entry__title").eachText();
    }
}
