package org.campusnews.article.admin;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleEditor;
import org.campusnews.article.ArticleFilter;
import org.campusnews.article.ArticleListPage;
import org.campusnews.article.ArticleSaveOutcome;
import org.campusnews.article.ArticleSaveRequest;
import org.campusnews.article.ArticleStatus;
import org.campusnews.article.ReviewLevel;
import org.campusnews.article.WorkflowAction;
import org.campusnews.article.web.ArticlePage;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.media.EditorMedia;
import org.campusnews.media.MediaLibrary;
import org.campusnews.media.MediaViews;
import org.campusnews.user.Staff;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.Pager;
import org.campusnews.web.StaffTime;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff list and the article editor. Each request binds its form or query, makes one call to
 * {@link ArticleAdminService} and chooses the view from what that call answers.
 */
@Controller
class ArticleAdminController {

    /** A query string as {@link ArticleListQuery#filterParameters()} makes it: nothing that could end a URL or a header. */
    private static final Pattern LIST_QUERY = Pattern.compile("[A-Za-z0-9_%=&.+\\-]{0,4000}");

    private final ArticleAdminService articles;
    private final CampusNewsProperties properties;
    private final MediaLibrary media;
    private final MediaViews mediaViews;
    private final StaffTime time;

    ArticleAdminController(ArticleAdminService articles, CampusNewsProperties properties, MediaLibrary media,
            MediaViews mediaViews, StaffTime time) {
        this.articles = articles;
        this.properties = properties;
        this.media = media;
        this.mediaViews = mediaViews;
        this.time = time;
    }

    /**
     * The accepted warnings' keys and reasons are repeated fields: one value sent is a list of one, never split at its
     * commas as Spring would split it otherwise. (Their characters are checked in {@link ArticleForm#validate}.)
     */
    @InitBinder("form")
    void repeatedFields(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "overrideKey", new CustomCollectionEditor(List.class));
        binder.registerCustomEditor(List.class, "overrideReason", new CustomCollectionEditor(List.class));
    }

    @GetMapping("/admin/articles")
    String list(@Valid @ModelAttribute("query") ArticleListQuery query, BindingResult binding,
            @AuthenticationPrincipal Staff staff, Locale locale, Model model) {
        rejectForged(binding);
        ArticleListPage list = articles.list(query.toFilter(), query.getPage(), staff);
        if (query.getPage() > 1 && query.getPage() > list.page().getTotalPages()) {
            throw new NotFoundException("No page " + query.getPage());
        }
        Language language = Language.of(locale);
        model.addAttribute("total", list.page().getTotalElements());
        model.addAttribute("rows", list.page().stream().map(article -> ArticleRow.of(article, language, time)).toList());
        model.addAttribute("pager", Pager.of(list.page(), "/admin/articles?" + query.filterParameters() + "&page="));
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("reviewLevels", ReviewLevel.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("sortKeys", ArticleFilter.SortKey.values());
        model.addAttribute("sections", list.choices().sections());
        model.addAttribute("departments", list.choices().departments());
        return "admin/articles/list";
    }

    @GetMapping("/admin/articles/new")
    String newArticle(@AuthenticationPrincipal Staff staff, Model model) {
        ArticleEditor editor = articles.newEditor(staff);
        ArticleForm form = ArticleForm.empty();
        form.setReleaseTime(LocalDateTime.ofInstant(editor.newArticle().releaseTime(), properties.timeZone()));
        editor.newArticle().departmentId().ifPresent(form::setDepartmentId);
        return editor(form, editor, model);
    }

    @PostMapping("/admin/articles")
    String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(defaultValue = "SAVE") String action, @AuthenticationPrincipal Staff staff,
            Model model, RedirectAttributes redirect) {
        WorkflowAction step = step(action);
        form.validate(binding);
        if (binding.hasErrors()) {
            return editor(form, articles.newEditor(staff), model);
        }
        ArticleSaveOutcome outcome = articles.save(
                ArticleSaveRequest.create(form.toDraft(properties.timeZone()), step, form.getReviewComment())
                        .withOverrides(form.acceptedWarnings()), staff);
        return answer(outcome, form, action, "", model, redirect);
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("query") ArticleListQuery query, BindingResult binding,
            @AuthenticationPrincipal Staff staff, Model model) {
        rejectForged(binding);
        ArticleEditor editor = articles.editor(id, query.toFilter(), staff);
        model.addAttribute("listQuery", query.filterParameters());
        return editor(ArticleForm.of(editor.article(), properties.timeZone()), editor, model);
    }

    /** {@code listQuery} carries the list's filter and order through the save, for the editor's Previous/Next. */
    @PostMapping("/admin/articles/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(defaultValue = "SAVE") String action, @RequestParam(defaultValue = "") String listQuery,
            @AuthenticationPrincipal Staff staff, Model model, RedirectAttributes redirect) {
        WorkflowAction step = step(action);
        listQuery = LIST_QUERY.matcher(listQuery).matches() ? listQuery : "";
        model.addAttribute("listQuery", listQuery);
        form.validate(binding);
        if (binding.hasErrors()) {
            return editor(form, articles.editor(id, null, staff), model);
        }
        ArticleSaveOutcome outcome = articles.save(ArticleSaveRequest.update(id, form.getVersion(),
                form.toDraft(properties.timeZone()), step, form.getReviewComment())
                .withOverrides(form.acceptedWarnings()), staff);
        return answer(outcome, form, action, listQuery, model, redirect);
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        articles.delete(id, staff);
        redirect.addFlashAttribute("flash", "flash.article.deleted");
        return "redirect:/admin/articles";
    }

    @PostMapping("/admin/articles/{id}/restore")
    String restore(@PathVariable long id, @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        articles.restore(id, staff);
        redirect.addFlashAttribute("flash", "flash.article.restored");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "zh") Language lang,
            @AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("page", ArticlePage.of(articles.preview(id, lang, staff), lang, properties.timeZone(), mediaViews));
        model.addAttribute("language", lang);
        model.addAttribute("preview", true);
        return "article/show";
    }

    /**
     * The step pressed with the save; null for a plain save. An action that no button of the editor sends is
     * refused before anything is saved.
     */
    private static WorkflowAction step(String action) {
        if ("SAVE".equals(action)) {
            return null;
        }
        return Arrays.stream(WorkflowAction.values()).filter(step -> step.name().equals(action)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown action " + action));
    }

    /** Saved: back to the editor with a message. Refused or in conflict: the editor again, with the text as typed. */
    private String answer(ArticleSaveOutcome outcome, ArticleForm form, String action, String listQuery, Model model,
            RedirectAttributes redirect) {
        if (outcome instanceof ArticleSaveOutcome.Saved saved) {
            redirect.addFlashAttribute("flash", "SAVE".equals(action) ? "flash.article.saved" : "flash.article." + action.toLowerCase());
            String next = "redirect:/admin/articles/" + saved.articleId() + "/edit";
            return listQuery.isEmpty() ? next : next + "?" + listQuery;
        }
        if (outcome instanceof ArticleSaveOutcome.Refused refused) {
            model.addAttribute("flashError", refused.messageKey());
            return editor(form, refused.editor(), model);
        }
        ArticleSaveOutcome.Conflict conflict = (ArticleSaveOutcome.Conflict) outcome;
        model.addAttribute("conflict", conflict);
        form.setVersion(conflict.currentVersion());
        return editor(form, conflict.editor(), model);
    }

    private String editor(ArticleForm form, ArticleEditor editor, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editor", editor);
        model.addAttribute("reviewRows", editor.review().decisions().stream().map(decision -> ReviewRow.of(decision, time)).toList());
        model.addAttribute("languages", Language.values());
        EditorMedia chosen = media.forEditor(form.getCoverMediaId(), form.getAttachmentIds());
        model.addAttribute("coverMedia", chosen.cover());
        model.addAttribute("attachmentMedia", chosen.attachments());
        model.addAttribute("uploadLimits", chosen.limits());
        return "admin/articles/edit";
    }

    /** Filter values that no link of ours produces (an unknown status, a page below 1): a bad request. */
    private static void rejectForged(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new BadRequestException("Invalid list parameters: " + binding.getAllErrors());
        }
    }
}
