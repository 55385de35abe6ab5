package org.campusnews.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.campusnews.article.LatestArticle;
import org.campusnews.article.LatestArticles;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.media.ImageFile;
import org.campusnews.media.ImageFiles;
import org.campusnews.media.MediaViews;
import org.campusnews.section.SectionService;
import org.campusnews.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The site's feeds: the newest {@value #SIZE} published, visible articles in one language, across the site, in a
 * section, or published or translated by a department, newest release first.
 */
@Service
public class FeedService {

    static final int SIZE = 20;

    private final LatestArticles latest;
    private final SectionService sections;
    private final DepartmentRepository departments;
    private final MediaViews mediaViews;
    private final ImageFiles images;
    private final SiteAddress site;
    private final MessageSource messages;
    private final Clock clock;

    FeedService(LatestArticles latest, SectionService sections, DepartmentRepository departments,
            MediaViews mediaViews, ImageFiles images, SiteAddress site, MessageSource messages, Clock clock) {
        this.latest = latest;
        this.sections = sections;
        this.departments = departments;
        this.mediaViews = mediaViews;
        this.images = images;
        this.site = site;
        this.messages = messages;
        this.clock = clock;
    }

    /** Empty when the section or department does not exist. */
    public Optional<RenderedFeed> feed(FeedRequest request) {
        Instant now = clock.instant();
        Language language = request.language();
        String siteName = message("site.name", language);
        return switch (request.scope()) {
            case SITE -> Optional.of(render(request, siteName, message("feeds.description.site", language, siteName),
                    FeedPaths.site(language), latest.site(language, now, SIZE), now));
            case SECTION -> sections.all().bySlug(request.slug()).map(section -> render(request,
                    message("feeds.title.scoped", language, siteName, section.name(language)),
                    message("feeds.description.section", language, siteName, section.name(language)),
                    FeedPaths.section(language, section.getSlug()),
                    latest.section(section.getId(), language, now, SIZE), now));
            case DEPARTMENT -> departments.findBySlug(request.slug()).map(department -> render(request,
                    message("feeds.title.scoped", language, siteName, department.name(language)),
                    message("feeds.description.department", language, siteName, department.name(language)),
                    FeedPaths.department(language, department.getSlug()),
                    latest.department(department.getId(), language, now, SIZE), now));
        };
    }

    private RenderedFeed render(FeedRequest request, String title, String description, String htmlPath,
            List<LatestArticle> articles, Instant now) {
        Language language = request.language();
        List<FeedDocument.Item> items = articles.stream().map(article -> item(article, language)).toList();
        Instant lastModified = articles.stream().map(LatestArticle::changedAt).max(Comparator.naturalOrder())
                .orElse(null);
        String selfPath = FeedPaths.feedOf(htmlPath, request.format());
        FeedDocument document = new FeedDocument(title, description, site.of(htmlPath), site.of(selfPath), language,
                lastModified == null ? now : lastModified, items);
        return new RenderedFeed(FeedWriter.write(document, request.format()), request.format(),
                articles.stream().map(LatestArticle::id).toList(), now);
    }

    private FeedDocument.Item item(LatestArticle article, Language language) {
        String link = site.of("/" + language.code() + "/articles/" + article.id());
        ImageFile cover = article.cover() == null ? null : images.columnWidth(article.cover())
                .map(file -> new ImageFile(site.of(file.path()), file.contentType(), file.length()))
                .orElse(null);
        String summary = article.summary() == null || article.summary().isBlank() ? null : article.summary().strip();
        return new FeedDocument.Item(article.id(), article.title(), link, summary,
                AbsoluteAddresses.in(mediaViews.body(article.body()), site), article.releaseTime(),
                article.changedAt(), article.departmentName(), article.sectionName(), article.sectionSlug(), cover);
    }

    private String message(String code, Language language, Object... arguments) {
        return messages.getMessage(code, arguments, language.locale());
    }
}
