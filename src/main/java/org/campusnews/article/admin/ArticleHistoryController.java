package org.campusnews.article.admin;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleConflictException;
import org.campusnews.article.ArticleSnapshot;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.section.SectionService;
import org.campusnews.security.StaffPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ArticleHistoryController {

    private final ArticleAdminService articles;
    private final SectionService sections;
    private final DepartmentRepository departments;
    private final CampusNewsProperties properties;

    ArticleHistoryController(ArticleAdminService articles, SectionService sections, DepartmentRepository departments,
            CampusNewsProperties properties) {
        this.articles = articles;
        this.sections = sections;
        this.departments = departments;
        this.properties = properties;
    }

    @GetMapping("/admin/articles/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("article", articles.load(id, staff));
        model.addAttribute("revisions", articles.history(id, staff));
        return "admin/articles/history";
    }

    @GetMapping("/admin/articles/{id}/history/{revisionId}")
    String compare(@PathVariable long id, @PathVariable long revisionId, @AuthenticationPrincipal StaffPrincipal staff,
            Model model) {
        Article article = articles.load(id, staff);
        ArticleSnapshot revision = articles.revision(id, revisionId, staff);
        model.addAttribute("article", article);
        model.addAttribute("revisionId", revisionId);
        model.addAttribute("canEdit", articles.canEdit(article, staff));
        model.addAttribute("changes", FieldChange.between(revision, articles.snapshotOf(article), properties.timeZone(),
                this::sectionName, this::departmentName));
        return "admin/articles/compare";
    }

    @PostMapping("/admin/articles/{id}/history/{revisionId}/restore")
    String restore(@PathVariable long id, @PathVariable long revisionId, @RequestParam long version,
            @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        try {
            articles.restoreRevision(id, revisionId, version, staff);
            redirect.addFlashAttribute("flash", "flash.revision.restored");
        } catch (ArticleConflictException conflict) {
            redirect.addFlashAttribute("flashError", "editor.conflict.title");
            return "redirect:/admin/articles/" + id + "/history/" + revisionId;
        }
        return "redirect:/admin/articles/" + id + "/edit";
    }

    private String sectionName(long id) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return sections.all().list().stream().filter(section -> section.getId() == id)
                .map(section -> section.name(language)).findFirst().orElse("#" + id);
    }

    private String departmentName(long id) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return departments.findById(id).map(department -> department.name(language)).orElse("#" + id);
    }
}
