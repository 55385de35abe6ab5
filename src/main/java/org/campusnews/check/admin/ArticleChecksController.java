package org.campusnews.check.admin;

import org.campusnews.article.ArticleAdminService;
import org.campusnews.article.ArticleEditor;
import org.campusnews.i18n.Language;
import org.campusnews.user.Staff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The findings of the pre-publishing checks of a stored article as the editor shows them, asked for again by the
 * editor's script while link checks are pending, so that their results appear without a reload. It answers through
 * the editor's own service call, so whoever may not open the article's editor gets the same 403 or 404 here. The
 * editor asks only while it shows the stored article's findings, not those of a text whose step was refused.
 */
@Controller
class ArticleChecksController {

    private final ArticleAdminService articles;

    ArticleChecksController(ArticleAdminService articles) {
        this.articles = articles;
    }

    @GetMapping("/admin/articles/{id}/checks")
    String checks(@PathVariable long id, @AuthenticationPrincipal Staff staff, Model model) {
        ArticleEditor editor = articles.editor(id, null, staff);
        model.addAttribute("checks", editor.checks());
        model.addAttribute("mayOverride", editor.mayOverride());
        model.addAttribute("languages", Language.values());
        return "admin/checks/progress";
    }
}
