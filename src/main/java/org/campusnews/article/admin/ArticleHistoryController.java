package org.campusnews.article.admin;

import java.util.Locale;

import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleHistory;
import org.campusnews.article.ArticleSaveOutcome;
import org.campusnews.article.RevisionComparison;
import org.campusnews.user.Staff;
import org.campusnews.web.StaffTime;
import org.springframework.context.MessageSource;
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
    private final StaffTime time;
    private final MessageSource messages;

    ArticleHistoryController(ArticleAdminService articles, StaffTime time, MessageSource messages) {
        this.articles = articles;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/admin/articles/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal Staff staff, Locale locale, Model model) {
        ArticleHistory history = articles.history(id, staff);
        model.addAttribute("article", history.heading());
        model.addAttribute("revisions", history.revisions().stream()
                .map(revision -> RevisionRow.of(revision, time, messages, locale)).toList());
        model.addAttribute("reviewRows", history.reviews().stream().map(decision -> ReviewRow.of(decision, time)).toList());
        return "admin/articles/history";
    }

    @GetMapping("/admin/articles/{id}/history/{revisionId}")
    String compare(@PathVariable long id, @PathVariable long revisionId, @AuthenticationPrincipal Staff staff,
            Model model) {
        RevisionComparison comparison = articles.comparison(id, revisionId, staff);
        model.addAttribute("article", comparison.heading());
        model.addAttribute("revisionId", comparison.revisionId());
        model.addAttribute("canEdit", comparison.mayRestore());
        model.addAttribute("changes", comparison.changes());
        return "admin/articles/compare";
    }

    @PostMapping("/admin/articles/{id}/history/{revisionId}/restore")
    String restore(@PathVariable long id, @PathVariable long revisionId, @RequestParam long version,
            @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        if (articles.restoreRevision(id, revisionId, version, staff) instanceof ArticleSaveOutcome.Saved) {
            redirect.addFlashAttribute("flash", "flash.revision.restored");
            return "redirect:/admin/articles/" + id + "/edit";
        }
        redirect.addFlashAttribute("flashError", "editor.conflict.title");
        return "redirect:/admin/articles/" + id + "/history/" + revisionId;
    }
}
