package org.campusnews.article.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.article.ListedArticle;
import org.campusnews.article.ArticleService;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.media.MediaViews;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.web.PageMetadata;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HomeController {

    static final int ARTICLES_PER_SECTION = 6;

    private final SectionService sections;
    private final ArticleService articles;
    private final CampusNewsProperties properties;
    private final MediaViews mediaViews;
    private final PageMetadata metadata;

    HomeController(SectionService sections, ArticleService articles, CampusNewsProperties properties,
            MediaViews mediaViews, PageMetadata metadata) {
        this.sections = sections;
        this.articles = articles;
        this.properties = properties;
        this.mediaViews = mediaViews;
        this.metadata = metadata;
    }

    @GetMapping("/{lang}/")
    String home(@PathVariable Language lang, Model model, HttpServletRequest request) {
        Map<Long, List<ListedArticle>> latest = articles.latest(lang, ARTICLES_PER_SECTION);
        List<SectionHead> heads = sections.all().list().stream()
                .map(section -> new SectionHead(section,
                        ListItem.of(latest.getOrDefault(section.getId(), List.of()), properties.timeZone(), mediaViews)))
                .toList();
        model.addAttribute("heads", heads);
        PageCapture.of(request).ifPresent(capture -> capture.home(
                latest.values().stream().flatMap(List::stream).map(ListedArticle::id).toList()));
        model.addAttribute("alternatePath", ArticlePaths.home(lang.other()));
        model.addAttribute("meta", metadata.page(lang, ArticlePaths::home)
                .title(metadata.siteName(lang))
                .description(metadata.message("site.description", lang))
                .build());
        return "home/index";
    }

    public record SectionHead(Section section, List<ListItem> articles) {
    }
}
