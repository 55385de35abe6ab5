package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PageMetadataIntegrationTests extends IntegrationTest {

    private static final String SITE = "http://localhost:8080";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aTranslatedArticleNamesItsVersionsItsTranslatorAndItsOriginal() {
        Section section = content.section();
        Department publisher = content.department("Metadata Office", "元数据办公室");
        Department translator = content.department("Metadata Translators", "元数据翻译组");
        String title = "Quoted \"Riverside\" </script><script>alert(1)</script> & 'more'";
        Article article = content.article(section, publisher)
                .zh("元数据：“滨江”《新闻》——标题")
                .en(title)
                .body(Language.EN, "<p>The text of the metadata test.</p>")
                .summary(Language.EN, "A summary for the metadata test.")
                .translatedBy(Language.EN, translator)
                .save();
        long id = article.getId();

        Document page = page("/en/articles/" + id);

        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/en/articles/" + id);
        assertThat(alternates(page)).containsExactly(
                "zh-CN " + SITE + "/zh/articles/" + id,
                "en " + SITE + "/en/articles/" + id,
                "x-default " + SITE + "/zh/articles/" + id);
        assertThat(meta(page, "name", "description")).isEqualTo("A summary for the metadata test.");
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo(title);
        assertThat(meta(page, "property", "og:url")).isEqualTo(SITE + "/en/articles/" + id);
        assertThat(meta(page, "property", "og:locale")).isEqualTo("en_US");
        assertThat(meta(page, "property", "og:locale:alternate")).isEqualTo("zh_CN");
        assertThat(meta(page, "property", "article:section")).isEqualTo(section.name(Language.EN));
        assertThat(meta(page, "property", "article:published_time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(meta(page, "property", "article:modified_time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
        assertThat(page.select("meta[property=og:image]")).isEmpty();

        List<JsonNode> documents = structuredData(page);
        assertThat(documents).hasSize(2);
        JsonNode news = documents.get(0);
        assertThat(news.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(news.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(news.path("headline").asString()).isEqualTo(title);
        assertThat(news.path("inLanguage").asString()).isEqualTo("en");
        assertThat(news.path("datePublished").asString()).isEqualTo(meta(page, "property", "article:published_time"));
        assertThat(news.path("dateModified").asString()).isEqualTo(meta(page, "property", "article:modified_time"));
        assertThat(news.path("publisher").path("@type").asString()).isEqualTo("Organization");
        assertThat(news.path("publisher").path("name").asString()).isEqualTo("Riverside University");
        assertThat(news.path("sourceOrganization").path("name").asString()).isEqualTo("Metadata Office");
        assertThat(news.path("sourceOrganization").path("url").asString())
                .isEqualTo(SITE + "/en/departments/" + publisher.getSlug());
        assertThat(news.path("translator").path("name").asString()).isEqualTo("Metadata Translators");
        assertThat(news.path("translationOfWork").path("@id").asString()).isEqualTo(SITE + "/zh/articles/" + id);
        assertThat(news.path("translationOfWork").path("inLanguage").asString()).isEqualTo("zh-CN");
        JsonNode breadcrumbs = documents.get(1);
        assertThat(breadcrumbs.path("@type").asString()).isEqualTo("BreadcrumbList");
        JsonNode items = breadcrumbs.path("itemListElement");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("item").asString()).isEqualTo(SITE + "/en/");
        assertThat(items.get(1).path("name").asString()).isEqualTo(section.name(Language.EN));
        assertThat(items.get(1).path("item").asString()).isEqualTo(SITE + "/en/sections/" + section.getSlug());
        assertThat(items.get(2).path("position").asInt()).isEqualTo(3);
        assertThat(items.get(2).path("name").asString()).isEqualTo(title);

        // The title's </script> stays inside the data block: the page has exactly the two JSON-LD scripts, beside the
        // file of its reader tools.
        assertThat(page.select("script:not([src])")).hasSize(2);
        assertThat(page.select("script[src]")).extracting(script -> script.attr("src"))
                .singleElement().asString().matches("/js/reader-[0-9a-f]{32}\\.js");
        assertThat(page.select("nav.breadcrumb li")).extracting(Element::text)
                .containsExactly("Home", section.name(Language.EN), title);
    }

    @Test
    void theOriginalVersionHasNoTranslatorAndADescriptionFromItsText() {
        Section section = content.section();
        Department publisher = content.department();
        Article article = content.article(section, publisher)
                .zh("只有中文的元数据文章")
                .body(Language.ZH, "<p>第一段<strong>正文</strong>。</p>" + "<p>" + "很长的文字".repeat(60) + "</p>")
                .save();
        long id = article.getId();

        Document page = page("/zh/articles/" + id);

        assertThat(alternates(page)).isEmpty();
        assertThat(page.select("meta[property=og:locale:alternate]")).isEmpty();
        assertThat(meta(page, "property", "og:locale")).isEqualTo("zh_CN");
        String description = meta(page, "name", "description");
        assertThat(description).startsWith("第一段正文。").endsWith("…");
        assertThat(description.codePointCount(0, description.length())).isLessThanOrEqualTo(MetaDescription.LENGTH);
        JsonNode news = structuredData(page).get(0);
        assertThat(news.path("inLanguage").asString()).isEqualTo("zh-CN");
        assertThat(news.has("translator")).isFalse();
        assertThat(news.has("translationOfWork")).isFalse();
        assertThat(news.path("publisher").path("name").asString()).isEqualTo("滨江大学");
    }

    @Test
    void anArticleWithACoverSharesItsPicture() {
        Long id = jdbc.sql("""
                        select a.id from article a join article_translation t on t.article_id = a.id and t.lang = 'en'
                        where a.cover_media_id is not null and a.status = 'PUBLISHED' and a.deleted_at is null
                          and a.release_time <= now()
                        order by a.id limit 1""")
                .query(Long.class).single();

        Document page = page("/en/articles/" + id);

        String image = meta(page, "property", "og:image");
        assertThat(image).startsWith(SITE + "/media/");
        assertThat(Integer.parseInt(meta(page, "property", "og:image:width"))).isPositive();
        assertThat(Integer.parseInt(meta(page, "property", "og:image:height"))).isPositive();
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(image);
        assertThat(structuredData(page).get(0).path("image").get(0).asString()).isEqualTo(image);
        assertThat(get(image.substring(SITE.length())).statusCode()).isEqualTo(200);
    }

    @Test
    void listsHaveOneCanonicalAddressWithoutTrackingOrTheFirstPageNumber() {
        Section section = content.section();
        content.bulkPublish(section, content.department(), 25);
        String path = "/en/sections/" + section.getSlug();

        assertThat(canonical(path)).isEqualTo(SITE + path);
        assertThat(canonical(path + "?page=1")).isEqualTo(SITE + path);
        assertThat(canonical(path + "?page=2&utm_source=wechat")).isEqualTo(SITE + path + "?page=2");
        assertThat(alternates(page(path + "?page=2"))).containsExactly(
                "zh-CN " + SITE + "/zh/sections/" + section.getSlug() + "?page=2",
                "en " + SITE + path + "?page=2",
                "x-default " + SITE + path + "?page=2");
        assertThat(meta(page(path), "property", "og:type")).isEqualTo("website");

        Document home = page("/zh/?utm_campaign=x");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/zh/");
        assertThat(meta(home, "name", "description")).isNotBlank();
        assertThat(home.select("meta[name=robots]")).isEmpty();
    }

    @Test
    void searchResultsAreFollowedButNotIndexed() {
        Document results = page("/en/search?q=students&utm_source=x");

        assertThat(meta(results, "name", "robots")).isEqualTo("noindex, follow");
        assertThat(results.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/en/search?q=students");
    }

    private String canonical(String path) {
        return page(path).select("link[rel=canonical]").attr("href");
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    private static List<String> alternates(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream()
                .map(link -> link.attr("hreflang") + " " + link.attr("href")).toList();
    }

    private static List<JsonNode> structuredData(Document page) {
        List<JsonNode> documents = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            assertThat(script.data()).doesNotContain("</").doesNotContain("<");
            documents.add(JSON.readTree(script.data()));
        }
        return documents;
    }
}
