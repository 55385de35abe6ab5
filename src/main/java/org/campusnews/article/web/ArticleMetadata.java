package org.campusnews.article.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.web.MetaDescription;
import org.campusnews.web.PageMeta;
import org.campusnews.web.PageMetadata;
import org.campusnews.web.StructuredData;
import org.springframework.stereotype.Component;

/**
 * The metadata of an article page: Open Graph as an article, and structured data for search engines, a
 * schema.org {@code NewsArticle} (with its translator and original for a translated version) and the page's
 * {@code BreadcrumbList}.
 */
@Component
class ArticleMetadata {

    private static final String SCHEMA = "https://schema.org";

    private final PageMetadata metadata;
    private final ZoneId zone;

    ArticleMetadata(PageMetadata metadata, CampusNewsProperties properties) {
        this.metadata = metadata;
        this.zone = properties.timeZone();
    }

    PageMeta of(ArticleReading.Shown reading, ArticlePage page) {
        Article article = reading.article();
        ArticleTranslation translation = reading.translation();
        Language language = page.language();
        Set<Language> versions = EnumSet.of(language);
        Optional<ArticleTranslation> other = article.translation(language.other());
        other.ifPresent(version -> versions.add(language.other()));
        Language original = translation.isOriginal() || other.filter(ArticleTranslation::isOriginal).isEmpty()
                ? language : language.other();
        String published = timestamp(article.getReleaseTime());
        String modified = timestamp(article.getUpdatedAt());
        String description = MetaDescription.of(translation.getSummary(), translation.getBody());
        PageMetadata.Builder builder = metadata.page(language, version -> ArticlePaths.article(version, page.id()))
                .versions(versions, original)
                .title(page.title())
                .description(description)
                .article(published, modified, page.sectionName());
        if (page.cover() != null) {
            builder.image(page.cover().src(), page.cover().width(), page.cover().height(), page.cover().alt());
        }
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@context", SCHEMA);
        news.put("@type", "NewsArticle");
        news.put("@id", builder.url());
        news.put("url", builder.url());
        news.put("mainEntityOfPage", builder.url());
        news.put("headline", page.title());
        if (description != null) {
            news.put("description", description);
        }
        news.put("inLanguage", language.htmlLang());
        news.put("datePublished", published);
        news.put("dateModified", modified);
        if (page.cover() != null) {
            news.put("image", List.of(metadata.site().of(page.cover().src())));
        }
        news.put("articleSection", page.sectionName());
        news.put("publisher", organisation(metadata.publisherName(language), metadata.site().of("/" + language.code() + "/")));
        Map<String, Object> department = department(article.getDepartment(), language);
        news.put("sourceOrganization", department);
        news.put("author", department);
        if (original != language) {
            if (translation.getTranslator() != null) {
                news.put("translator", department(translation.getTranslator(), language));
            }
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "NewsArticle");
            work.put("@id", builder.urlIn(original));
            work.put("url", builder.urlIn(original));
            work.put("inLanguage", original.htmlLang());
            other.ifPresent(version -> work.put("headline", version.getTitle()));
            news.put("translationOfWork", work);
        }
        builder.structuredData(StructuredData.of(news));
        builder.structuredData(StructuredData.of(breadcrumbs(page, builder.url())));
        return builder.build();
    }

    private Map<String, Object> breadcrumbs(ArticlePage page, String url) {
        Language language = page.language();
        List<Map<String, Object>> items = List.of(
                crumb(1, metadata.homeName(language), metadata.site().of("/" + language.code() + "/")),
                crumb(2, page.sectionName(), metadata.site().of(ArticlePaths.section(language, page.sectionSlug()))),
                crumb(3, page.title(), url));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", SCHEMA);
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    private Map<String, Object> department(Department department, Language language) {
        return organisation(department.name(language),
                metadata.site().of("/" + language.code() + "/departments/" + department.getSlug()));
    }

    private static Map<String, Object> organisation(String name, String url) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("name", name);
        organisation.put("url", url);
        return organisation;
    }

    private String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
