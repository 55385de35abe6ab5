package org.campusnews.archive.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.article.ArchivedArticle;
import org.campusnews.article.ArticleArchive;
import org.campusnews.article.MonthArchive;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.pagecache.PageCapture;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.PageMetadata;
import org.campusnews.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive: the months with articles in the page's language, and each month's articles. A month without any
 * answers 404, like a page beyond its last: the index links only months that have articles, and made-up months
 * never fill the page cache.
 */
@Controller
class ArchiveController {

    private final ArticleArchive archive;
    private final CampusNewsProperties properties;
    private final PageMetadata metadata;

    ArchiveController(ArticleArchive archive, CampusNewsProperties properties, PageMetadata metadata) {
        this.archive = archive;
        this.properties = properties;
        this.metadata = metadata;
    }

    @GetMapping("/{lang}/archive")
    String index(@PathVariable Language lang, Model model, HttpServletRequest request) {
        ArchiveIndex index = ArchiveIndex.of(archive.months(lang), lang);
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        model.addAttribute("archive", index);
        model.addAttribute("alternatePath", ArchiveAddress.index(lang.other().code()));
        model.addAttribute("meta", metadata.page(lang, version -> ArchiveAddress.index(version.code()))
                .title(metadata.message("archive.title", lang))
                .description(metadata.message("meta.archive", lang, metadata.siteName(lang)))
                .build());
        return "archive/index";
    }

    @GetMapping("/{lang}/archive/{year}/{month}")
    String month(@PathVariable Language lang, @PathVariable String year, @PathVariable String month,
            @RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
        if (page < 1) {
            throw new BadRequestException("Page numbers start at 1");
        }
        YearMonth named = ArchiveAddress.month(year, month)
                .orElseThrow(() -> new NotFoundException("No month " + year + "/" + month));
        MonthArchive found = archive.month(lang, named, page)
                .orElseThrow(() -> new NotFoundException("No page " + page + " of " + named + " in " + lang.code()));
        PageCapture.of(request).ifPresent(capture -> capture.listing(
                found.articles().articles().stream().map(ArchivedArticle::id).toList()));
        String path = ArchiveAddress.path(lang.code(), named);
        model.addAttribute("month", named.atDay(1));
        model.addAttribute("list", found.articles());
        model.addAttribute("entries", ArchiveEntry.of(found.articles().articles(), properties.timeZone()));
        model.addAttribute("pager", Pager.of(page, found.articles().totalPages(), path + "?page="));
        model.addAttribute("indexPath", ArchiveAddress.index(lang.code()));
        if (found.inOtherLanguage()) {
            model.addAttribute("alternatePath", ArchiveAddress.path(lang.other().code(), named));
        }
        String monthName = DateTimeFormatter.ofPattern(metadata.message("archive.monthPattern", lang), lang.locale())
                .format(named);
        model.addAttribute("meta", metadata.page(lang, version -> ArchiveAddress.path(version.code(), named)
                        + (page == 1 ? "" : "?page=" + page))
                .versions(found.inOtherLanguage() ? Set.of(Language.values()) : Set.of(lang),
                        properties.defaultLanguage())
                .title(metadata.message("archive.monthTitle", lang, monthName))
                .description(metadata.message("meta.archiveMonth", lang, monthName, metadata.siteName(lang)))
                .build());
        return "archive/month";
    }
}
