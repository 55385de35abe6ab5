package org.campusnews.archive.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.article.ArchiveListPage;
import org.campusnews.article.ArchivedArticle;
import org.campusnews.article.DepartmentArticles;
import org.campusnews.article.DepartmentPublications;
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
 * The departments' public pages: the list of those that published or translated something in the page's language,
 * and one department's two lists, what it published and what it translated, each paged by its own parameter
 * ({@code ?published=N&translated=M}); each list's pager keeps the other's page.
 */
@Controller
class DepartmentPagesController {

    private final DepartmentArticles departments;
    private final CampusNewsProperties properties;
    private final PageMetadata metadata;

    DepartmentPagesController(DepartmentArticles departments, CampusNewsProperties properties,
            PageMetadata metadata) {
        this.departments = departments;
        this.properties = properties;
        this.metadata = metadata;
    }

    @GetMapping("/{lang}/departments")
    String list(@PathVariable Language lang, Model model, HttpServletRequest request) {
        model.addAttribute("departments", departments.active(lang));
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        model.addAttribute("alternatePath", listPath(lang.other()));
        model.addAttribute("meta", metadata.page(lang, DepartmentPagesController::listPath)
                .title(metadata.message("departments.title", lang))
                .description(metadata.message("meta.departments", lang, metadata.siteName(lang)))
                .build());
        return "department/list";
    }

    @GetMapping("/{lang}/departments/{slug}")
    String show(@PathVariable Language lang, @PathVariable String slug,
            @RequestParam(defaultValue = "1") int published, @RequestParam(defaultValue = "1") int translated,
            Model model, HttpServletRequest request) {
        if (published < 1 || translated < 1) {
            throw new BadRequestException("Page numbers start at 1");
        }
        DepartmentPublications found = departments.publications(slug, lang, published, translated)
                .orElseThrow(() -> new NotFoundException("No department " + slug));
        if (found.published().isBeyondLast() || found.translated().isBeyondLast()) {
            throw new NotFoundException("No such page of department " + slug);
        }
        PageCapture.of(request).ifPresent(capture -> capture.listing(
                Stream.concat(found.published().articles().stream(), found.translated().articles().stream())
                        .map(ArchivedArticle::id).toList()));
        String path = departmentPath(lang, slug);
        model.addAttribute("department", found.department());
        model.addAttribute("published", list(found.published(),
                pageLink(path, "translated", translated, "published")));
        model.addAttribute("translated", list(found.translated(),
                pageLink(path, "published", published, "translated")));
        model.addAttribute("alternatePath", departmentPath(lang.other(), slug));
        model.addAttribute("meta", metadata.page(lang, version -> departmentPath(version, slug)
                        + pages(published, translated))
                .title(found.department().name())
                .description(metadata.message("meta.department", lang, found.department().name(),
                        metadata.siteName(lang)))
                .build());
        return "department/show";
    }

    private static String listPath(Language language) {
        return "/" + language.code() + "/departments";
    }

    private static String departmentPath(Language language, String slug) {
        return listPath(language) + "/" + slug;
    }

    /** The page numbers other than 1, as the canonical address names them. */
    private static String pages(int published, int translated) {
        String query = (published > 1 ? "&published=" + published : "")
                + (translated > 1 ? "&translated=" + translated : "");
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    private DepartmentList list(ArchiveListPage page, String link) {
        return new DepartmentList(page.total(), ArchiveEntry.of(page.articles(), properties.timeZone()),
                Pager.of(page.page(), page.totalPages(), link));
    }

    /** The address of a page of one list, keeping the other list's page (left out when it is the first). */
    private static String pageLink(String path, String other, int otherPage, String paged) {
        return path + "?" + (otherPage > 1 ? other + "=" + otherPage + "&" : "") + paged + "=";
    }

    /** One of a department's two lists as shown. */
    record DepartmentList(long total, List<ArchiveEntry> entries, Pager pager) {
    }
}
