package org.campusnews.article.admin;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleConflictException;
import org.campusnews.article.ArticleSnapshot;
import org.campusnews.security.StaffPrincipal;
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
    private final ChangeTable changeTable;

    ArticleHistoryController(ArticleAdminService articles, ChangeTable changeTable) {
        this.articles = articles;
        this.changeTable = changeTable;
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
        model.addAttribute("changes", changeTable.between(revision, articles.snapshotOf(article)));
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


}
