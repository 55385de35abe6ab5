package org.campusnews.article.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleAdminList;
import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleConflictException;
import org.campusnews.article.ArticleFilter;
import org.campusnews.article.ArticleReading;
import org.campusnews.article.ArticleSnapshot;
import org.campusnews.article.ArticleStatus;
import org.campusnews.article.Neighbours;
import org.campusnews.article.ViewCount;
import org.campusnews.article.WorkflowAction;
import org.campusnews.article.WorkflowException;
import org.campusnews.article.web.ArticlePage;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.media.MediaService;
import org.campusnews.media.MediaViews;
import org.campusnews.section.SectionService;
import org.campusnews.security.StaffPrincipal;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ArticleAdminController {

    /** A query string as {@link ArticleListQuery#filterParameters()} makes it: nothing that could end a URL or a header. */
    private static final Pattern LIST_QUERY = Pattern.compile("[A-Za-z0-9_%=&.+\\-]{0,1000}");

    private final ArticleAdminService articles;
    private final ArticleAdminList list;
    private final SectionService sections;
    private final DepartmentRepository departments;
    private final CampusNewsProperties properties;
    private final MediaService media;
    private final MediaViews mediaViews;
    private final ChangeTable changeTable;
    private final Clock clock;

    ArticleAdminController(ArticleAdminService articles, ArticleAdminList list, SectionService sections,
            DepartmentRepository departments, CampusNewsProperties properties, MediaService media, MediaViews mediaViews,
            ChangeTable changeTable, Clock clock) {
        this.articles = articles;
        this.list = list;
        this.sections = sections;
        this.departments = departments;
        this.properties = properties;
        this.media = media;
        this.mediaViews = mediaViews;
        this.changeTable = changeTable;
        this.clock = clock;
    }

    @GetMapping("/admin/articles")
    String list(@Valid @ModelAttribute("query") ArticleListQuery query, BindingResult binding,
            @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        rejectForged(binding);
        Page<Article> page = list.page(query.toFilter(), query.getPage(), staff);
        if (query.getPage() > 1 && query.getPage() > page.getTotalPages()) {
            throw new NotFoundException("No page " + query.getPage());
        }
        model.addAttribute("page", page);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("sortKeys", ArticleFilter.SortKey.values());
        addChoices(model, staff);
        return "admin/articles/list";
    }

    @GetMapping("/admin/articles/new")
    String newArticle(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        ArticleForm form = ArticleForm.empty();
        form.setReleaseTime(LocalDateTime.now(clock).withSecond(0).withNano(0));
        String view = editor(form, null, staff, model);
        if (model.getAttribute("departments") instanceof List<?> own && own.size() == 1) {
            form.setDepartmentId(((Department) own.get(0)).getId());
        }
        return view;
    }

    @PostMapping("/admin/articles")
    String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(defaultValue = "SAVE") String action, @AuthenticationPrincipal StaffPrincipal staff,
            Model model, RedirectAttributes redirect) {
        requireKnownAction(action);
        form.validate(binding);
        if (binding.hasErrors()) {
            return editor(form, null, staff, model);
        }
        try {
            Article article = articles.create(form.toDraft(properties.timeZone()), step(action), form.getReviewComment(), staff);
            return saved(article, action, redirect);
        } catch (WorkflowException refused) {
            model.addAttribute("flashError", refused.messageKey());
            return editor(form, null, staff, model);
        }
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("query") ArticleListQuery query, BindingResult binding,
            @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        rejectForged(binding);
        Article article = articles.load(id, staff);
        model.addAttribute("stepper", list.stepper(id, query.toFilter(), staff));
        model.addAttribute("listQuery", query.filterParameters());
        return editor(ArticleForm.of(article, properties.timeZone()), article, staff, model);
    }

    /** {@code listQuery} carries the list's filter and order through the save, for the editor's Previous/Next. */
    @PostMapping("/admin/articles/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(defaultValue = "SAVE") String action, @RequestParam(defaultValue = "") String listQuery,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
        requireKnownAction(action);
        Article stored = articles.load(id, staff);
        listQuery = LIST_QUERY.matcher(listQuery).matches() ? listQuery : "";
        model.addAttribute("listQuery", listQuery);
        form.validate(binding);
        if (binding.hasErrors()) {
            return editor(form, stored, staff, model);
        }
        try {
            Article article = articles.update(id, form.getVersion(), form.toDraft(properties.timeZone()), step(action),
                    form.getReviewComment(), staff);
            String next = saved(article, action, redirect);
            return listQuery.isEmpty() ? next : next + "?" + listQuery;
        } catch (WorkflowException refused) {
            model.addAttribute("flashError", refused.messageKey());
            return editor(form, stored, staff, model);
        } catch (ArticleConflictException conflict) {
            model.addAttribute("conflict", conflict);
            ArticleSnapshot base = conflict.base() != null ? conflict.base()
                    : ArticleSnapshot.of(form.toDraft(properties.timeZone()), conflict.current().status());
            model.addAttribute("changes", changeTable.between(base, conflict.current()));
            form.setVersion(conflict.currentVersion());
            return editor(form, articles.load(id, staff), staff, model);
        }
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        articles.delete(id, staff);
        redirect.addFlashAttribute("flash", "flash.article.deleted");
        return "redirect:/admin/articles";
    }

    @PostMapping("/admin/articles/{id}/restore")
    String restore(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        articles.restore(id, staff);
        redirect.addFlashAttribute("flash", "flash.article.restored");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "zh") Language lang,
            @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        Article article = articles.load(id, staff);
        var translation = article.translation(lang)
                .orElseThrow(() -> new NotFoundException("Article " + id + " has no " + lang.code() + " version"));
        ArticleReading.Shown reading = new ArticleReading.Shown(article, translation, article.getBrowseCount(), Neighbours.NONE,
                ViewCount.fixed(article.getBrowseCount()));
        model.addAttribute("page", ArticlePage.of(reading, lang, properties.timeZone(), mediaViews));
        model.addAttribute("language", lang);
        model.addAttribute("preview", true);
        return "article/show";
    }

    /** Null for a plain save. */
    private static WorkflowAction step(String action) {
        return "SAVE".equals(action) ? null : WorkflowAction.valueOf(action);
    }

    private static String saved(Article article, String action, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "SAVE".equals(action) ? "flash.article.saved" : "flash.article." + action.toLowerCase());
        return "redirect:/admin/articles/" + article.getId() + "/edit";
    }

    private String editor(ArticleForm form, Article article, StaffPrincipal staff, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("languages", Language.values());
        model.addAttribute("canEdit", article == null || articles.canEdit(article, staff));
        model.addAttribute("canDelete", article != null && articles.canDelete(article, staff));
        model.addAttribute("actions", article == null ? (staff.canPublish()
                ? List.of(WorkflowAction.SUBMIT, WorkflowAction.PUBLISH) : List.of(WorkflowAction.SUBMIT))
                : List.copyOf(articles.availableActions(article, staff)));
        model.addAttribute("scheduled", article != null && article.isScheduledAt(clock.instant()));
        model.addAttribute("coverMedia", form.getCoverMediaId() == null ? null
                : media.inOrder(List.of(form.getCoverMediaId())).stream().findFirst().orElse(null));
        model.addAttribute("attachmentMedia", media.inOrder(form.getAttachmentIds()));
        model.addAttribute("mediaSettings", media.settings());
        addChoices(model, staff);
        return "admin/articles/edit";
    }

    private void addChoices(Model model, StaffPrincipal staff) {
        model.addAttribute("sections", sections.all().list());
        List<Department> all = departments.findAll(Sort.by("sortOrder", "id"));
        model.addAttribute("translators", all);
        model.addAttribute("departments", all.stream().filter(department -> staff.worksFor(department.getId())).toList());
    }

    /** An action that no button of the editor sends is refused before anything is saved. */
    private static void requireKnownAction(String action) {
        if (!"SAVE".equals(action) && Arrays.stream(WorkflowAction.values()).noneMatch(step -> step.name().equals(action))) {
            throw new BadRequestException("Unknown action " + action);
        }
    }

    /** Filter values that no link of ours produces (an unknown status, a page below 1): a bad request. */
    private static void rejectForged(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new BadRequestException("Invalid list parameters: " + binding.getAllErrors());
        }
    }
}
