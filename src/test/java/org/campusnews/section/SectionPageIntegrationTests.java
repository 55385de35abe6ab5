package org.campusnews.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SectionPageIntegrationTests extends IntegrationTest {

    private Section section;
    private Department department;

    @BeforeEach
    void createSection() {
        section = content.section();
        department = content.department();
    }

    @Test
    void listsNewestFirstTwentyPerPageWithPinnedOnTopOfPageOne() {
        for (int i = 1; i <= 45; i++) {
            content.article(section, department).en("Article " + i).releasedHoursAgo(100 - i).save();
        }
        Article pinned = content.article(section, department).en("Pinned notice").pinned().releasedHoursAgo(500).save();
        String path = "/en/sections/" + section.getSlug();

        List<String> first = titles(page(path));
        assertThat(first).hasSize(21);
        assertThat(first.get(0)).isEqualTo("Pinned notice");
        assertThat(first.subList(1, 4)).containsExactly("Article 45", "Article 44", "Article 43");
        assertThat(first.get(20)).isEqualTo("Article 26");
        assertThat(page(path).selectFirst(".article-list__item--pinned a").attr("href"))
                .endsWith("/en/articles/" + pinned.getId());

        assertThat(titles(page(path + "?page=2"))).hasSize(20).startsWith("Article 25").endsWith("Article 6");
        assertThat(titles(page(path + "?page=3"))).containsExactly("Article 5", "Article 4", "Article 3", "Article 2", "Article 1");
    }

    @Test
    void numberedPaginationLinksEveryPageNearTheCurrentOne() {
        for (int i = 1; i <= 41; i++) {
            content.article(section, department).en("Article " + i).releasedHoursAgo(100 - i).save();
        }

        Document second = page("/en/sections/" + section.getSlug() + "?page=2");

        Element pagination = second.selectFirst("nav.pagination");
        assertThat(pagination.select("a.pagination__page").eachText()).containsExactly("1", "3");
        assertThat(pagination.selectFirst("[aria-current=page]").text()).isEqualTo("2");
        assertThat(pagination.selectFirst("a[rel=next]").attr("href")).endsWith("?page=3");
        assertThat(pagination.selectFirst("a[rel=prev]").attr("href")).endsWith("?page=1");
        assertThat(pagination.text()).contains("Page 2 of 3");
    }

    @Test
    void listsOnlyPublishedArticlesWithAVersionInThePageLanguage() {
        content.article(section, department).en("English and Chinese").zh("中英文").save();
        content.article(section, department).zh("只有中文").save();
        content.article(section, department).en("Draft").draft().save();
        content.article(section, department).en("Tomorrow").releasedAt(content.now().plusSeconds(86_400)).save();

        assertThat(titles(page("/en/sections/" + section.getSlug()))).containsExactly("English and Chinese");
        assertThat(titles(page("/zh/sections/" + section.getSlug()))).containsExactly("只有中文", "中英文");
        assertThat(page("/zh/sections/" + section.getSlug()).selectFirst("h1").text()).isEqualTo(section.name(org.campusnews.i18n.Language.ZH));
    }

    @Test
    void emptySectionSaysSo() {
        Document page = page("/en/sections/" + section.getSlug());

        assertThat(page.selectFirst(".empty").text()).isEqualTo("No articles in this section yet.");
        assertThat(page.selectFirst("nav.pagination")).isNull();
    }

    @Test
    void pagesOutsideTheListAreNotFoundOrBadRequests() {
        content.article(section, department).en("Only one").save();
        String path = "/en/sections/" + section.getSlug();

        assertThat(get(path + "?page=2").statusCode()).isEqualTo(404);
        assertThat(get(path + "?page=0").statusCode()).isEqualTo(400);
        assertThat(get(path + "?page=-3").statusCode()).isEqualTo(400);
        assertThat(get(path + "?page=abc").statusCode()).isEqualTo(400);
        assertThat(get(path + "?page=99999999999").statusCode()).isEqualTo(400);
    }

    @Test
    void homeShowsTheLatestOfEachSectionPinnedFirst() {
        content.article(section, department).en("Old pinned").pinned().releasedHoursAgo(300).save();
        for (int i = 1; i <= 8; i++) {
            content.article(section, department).en("News " + i).releasedHoursAgo(100 - i).save();
        }

        Document home = page("/en/");

        Element block = home.select("section.home-section").stream()
                .filter(element -> element.selectFirst("h2").text().equals(section.name(org.campusnews.i18n.Language.EN)))
                .findFirst().orElseThrow();
        assertThat(block.select(".article-list__title").eachText())
                .containsExactly("Old pinned", "News 8", "News 7", "News 6", "News 5", "News 4");
        assertThat(block.selectFirst("a.home-section__more").attr("href")).endsWith("/en/sections/" + section.getSlug());
        assertThat(home.select("section.home-section")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void chineseHomeUsesChineseInterface() {
        Document home = page("/zh/");

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(home.selectFirst(".site-nav").text()).contains("首页", "学校要闻");
        assertThat(home.selectFirst("a.language-switch").attr("href")).endsWith("/en/");
    }

    private static List<String> titles(Document page) {
        return page.select(".site-main .article-list__title").eachText();
    }
}
