package org.campusnews.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleLink;
import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.article.DepartmentCount;
import org.campusnews.article.PublishedArticle;
import org.campusnews.article.PublishedArticlePage;
import org.campusnews.article.SectionCount;
import org.campusnews.i18n.BilingualEntity;
import org.campusnews.i18n.Language;
import org.campusnews.media.Media;
import org.campusnews.media.MediaViews;
import org.campusnews.web.SiteAddress;
import org.springframework.stereotype.Component;

/** Turns what the article package reads into the API's answers, with absolute addresses. */
@Component
class ApiViews {

    private final SiteAddress site;
    private final MediaViews media;

    ApiViews(SiteAddress site, MediaViews media) {
        this.site = site;
        this.media = media;
    }

    ArticleList list(PublishedArticlePage page, int limit) {
        return new ArticleList(page.articles().stream().map(this::item).toList(),
                page.next() == null ? null : ArticleCursor.of(page.next()), limit);
    }

    ArticleDetails details(ArticleReading.Shown reading, Language language) {
        Article article = reading.article();
        ArticleTranslation translation = reading.translation();
        ArticleTranslation other = article.translation(language.other()).orElse(null);
        return new ArticleDetails(article.getId(), language.code(), translation.getTitle(), translation.getSummary(),
                article.getReleaseTime(), place(article.getSection(), language),
                place(article.getDepartment(), language),
                translation.getTranslator() == null ? null : place(translation.getTranslator(), language),
                cover(article.getCover(), language), articleUrl(language, article.getId()),
                later(article.getUpdatedAt(), article.getReleaseTime()), media.body(translation.getBody()),
                attachments(article),
                other == null ? List.of() : List.of(language.other().code()),
                neighbour(reading.neighbours().previous(), language), neighbour(reading.neighbours().next(), language));
    }

    List<SectionItem> sections(List<SectionCount> sections) {
        return sections.stream().map(section -> new SectionItem(section.slug(),
                new BothLanguages<>(section.nameEn(), section.nameZh()),
                new BothLanguages<>(section.articlesEn(), section.articlesZh()))).toList();
    }

    List<DepartmentItem> departments(List<DepartmentCount> departments) {
        return departments.stream().map(department -> new DepartmentItem(department.slug(),
                new BothLanguages<>(department.nameEn(), department.nameZh()),
                new BothLanguages<>(department.publishedEn(), department.publishedZh()),
                new BothLanguages<>(department.translatedEn(), department.translatedZh()))).toList();
    }

    private ArticleItem item(PublishedArticle article) {
        PublishedArticle.CoverImage cover = article.cover();
        return new ArticleItem(article.id(), article.language().code(), article.title(), article.summary(),
                article.releaseTime(), place(article.section()), place(article.department()),
                article.translator() == null ? null : place(article.translator()),
                cover == null ? null : cover(cover.sha256(), cover.width(), cover.animated(), cover.alt()),
                articleUrl(article.language(), article.id()), article.changedAt());
    }

    private List<ArticleDetails.Attachment> attachments(Article article) {
        return article.getAttachments().stream().filter(file -> !file.isImage())
                .map(file -> new ArticleDetails.Attachment(file.getOriginalName(), file.getContentType(),
                        file.getSizeBytes(), site.of(file.getUrl())))
                .toList();
    }

    private ArticleItem.Cover cover(Media image, Language language) {
        if (image == null || !image.isImage()) {
            return null;
        }
        return cover(image.getSha256(), image.getWidth(), image.isAnimated(), image.alt(language));
    }

    private ArticleItem.Cover cover(String sha256, int width, boolean animated, String alt) {
        return new ArticleItem.Cover(alt, media.renditions(sha256, width, animated).stream()
                .map(rendition -> new ArticleItem.Rendition(site.of(rendition.path()), rendition.width())).toList());
    }

    private ArticleDetails.Neighbour neighbour(Optional<ArticleLink> link, Language language) {
        return link.map(found -> new ArticleDetails.Neighbour(found.id(), found.title(), articleUrl(language, found.id())))
                .orElse(null);
    }

    private String articleUrl(Language language, long id) {
        return site.of("/" + language.code() + "/articles/" + id);
    }

    private static ArticleItem.Place place(PublishedArticle.NamedPlace place) {
        return new ArticleItem.Place(place.slug(), place.name());
    }

    private static ArticleItem.Place place(BilingualEntity entity, Language language) {
        return new ArticleItem.Place(entity.getSlug(), entity.name(language));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
