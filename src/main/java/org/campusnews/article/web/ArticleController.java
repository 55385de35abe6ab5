package org.campusnews.article.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleService;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.media.MediaViews;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.Visitors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

@Controller
class ArticleController {

    private final ArticleService articles;
    private final CampusNewsProperties properties;
    private final MediaViews mediaViews;
    private final ArticleMetadata metadata;

    ArticleController(ArticleService articles, CampusNewsProperties properties, MediaViews mediaViews,
            ArticleMetadata metadata) {
        this.articles = articles;
        this.properties = properties;
        this.mediaViews = mediaViews;
        this.metadata = metadata;
    }

    @GetMapping("/{lang}/articles/{id}")
    String show(@PathVariable Language lang, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String userAgent,
            HttpServletRequest request, Model model, HttpServletResponse response) {
        boolean countsAsView = HttpMethod.GET.matches(request.getMethod()) && !Visitors.isCrawler(userAgent);
        ArticleReading reading = articles.read(id, lang, countsAsView)
                .orElseThrow(() -> new NotFoundException("No published article " + id));
        if (reading instanceof ArticleReading.OnlyInOtherLanguage elsewhere) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("id", id);
            model.addAttribute("existingLanguage", lang.other());
            model.addAttribute("existingTitle", elsewhere.existing().getTitle());
            model.addAttribute("alternatePath", ArticlePaths.article(lang.other(), id));
            return "article/other-language";
        }
        ArticleReading.Shown shown = (ArticleReading.Shown) reading;
        ArticlePage page = ArticlePage.of(shown, lang, properties.timeZone(), mediaViews);
        model.addAttribute("page", page);
        PageCapture.of(request).ifPresent(capture -> {
            capture.article(id, shown.article().getSection().getId(), page.linkedArticleIds(),
                    new LiveBrowseCount(shown.viewCount()), page.browseCount());
            model.addAttribute("browseCountSlot", PageCapture.COUNT_SLOT);
        });
        model.addAttribute("meta", metadata.of(shown, page));
        if (page.otherLanguageAvailable()) {
            model.addAttribute("alternatePath", ArticlePaths.article(lang.other(), id));
        }
        return "article/show";
    }
}
