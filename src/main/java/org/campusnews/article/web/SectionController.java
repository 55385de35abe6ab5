package org.campusnews.article.web;

import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.article.ListedArticle;
import org.campusnews.article.ArticleService;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.media.MediaViews;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.PageMetadata;
import org.campusnews.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SectionController {

    private final SectionService sections;
    private final ArticleService articles;
    private final CampusNewsProperties properties;
    private final MediaViews mediaViews;
    private final PageMetadata metadata;

    SectionController(SectionService sections, ArticleService articles, CampusNewsProperties properties,
            MediaViews mediaViews, PageMetadata metadata) {
        this.sections = sections;
        this.articles = articles;
        this.properties = properties;
        this.mediaViews = mediaViews;
        this.metadata = metadata;
    }

    @GetMapping("/{lang}/sections/{slug}")
    String list(@PathVariable Language lang, @PathVariable String slug,
            @RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
        if (page < 1) {
            throw new BadRequestException("Page numbers start at 1");
        }
        Section section = sections.all().bySlug(slug)
                .orElseThrow(() -> new NotFoundException("No section " + slug));
        ArticleService.ListPage listPage = articles.sectionPage(section, lang, page)
                .orElseThrow(() -> new NotFoundException("No page " + page + " in section " + slug));
        PageCapture.of(request).ifPresent(capture -> capture.section(section.getId(),
                Stream.concat(listPage.pinned().stream(), listPage.articles().stream()).map(ListedArticle::id).toList()));
        model.addAttribute("section", section);
        model.addAttribute("listPage", listPage);
        model.addAttribute("pinned", ListItem.of(listPage.pinned(), properties.timeZone(), mediaViews));
        model.addAttribute("articles", ListItem.of(listPage.articles(), properties.timeZone(), mediaViews));
        model.addAttribute("pager", Pager.of(listPage.page(), listPage.totalPages(),
                "/" + lang.code() + "/sections/" + slug + "?page="));
        model.addAttribute("alternatePath", ArticlePaths.section(lang.other(), slug));
        model.addAttribute("meta", metadata.page(lang, version -> ArticlePaths.sectionPage(version, slug, page))
                .title(section.name(lang))
                .description(metadata.message("meta.section", lang, section.name(lang), metadata.siteName(lang)))
                .build());
        return "section/list";
    }
}
