package org.campusnews.check.admin;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.campusnews.article.CheckSeverity;
import org.campusnews.check.SensitiveWordList;
import org.campusnews.user.Staff;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.campusnews.web.Pager;
import org.campusnews.web.StaffTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of sensitive words of the pre-publishing checks, for editors and administrators (the URL rules in
 * SecurityConfig let nobody else in, and {@link SensitiveWordList} checks again): search, add, change, delete, import
 * and export as a text file.
 */
@Controller
class SensitiveWordAdminController {

    private static final String LIST = "admin/checks/words";
    private static final String EDIT = "admin/checks/word";

    private final SensitiveWordList words;
    private final StaffTime time;

    SensitiveWordAdminController(SensitiveWordList words, StaffTime time) {
        this.words = words;
        this.time = time;
    }

    @GetMapping("/admin/checks/words")
    String list(@Valid @ModelAttribute("query") WordListQuery query, BindingResult binding,
            @AuthenticationPrincipal Staff staff, Model model) {
        if (binding.hasErrors()) {
            throw new BadRequestException("Invalid word list parameters: " + binding.getAllErrors());
        }
        SensitiveWordList.WordPage page = words.page(query.getQ(), query.getPage(), staff);
        if (query.getPage() > 1 && query.getPage() > page.words().getTotalPages()) {
            throw new NotFoundException("No page " + query.getPage());
        }
        model.addAttribute("page", page);
        model.addAttribute("rows", page.words().stream().map(word -> WordRow.of(word, time)).toList());
        model.addAttribute("pager", Pager.of(page.words(), "/admin/checks/words?" + query.withoutPage() + "page="));
        model.addAttribute("severities", CheckSeverity.values());
        model.addAttribute("maxLines", SensitiveWordList.MAX_IMPORT_LINES);
        if (!model.containsAttribute("wordForm")) {
            model.addAttribute("wordForm", new WordForm());
        }
        return LIST;
    }

    /** Added: the list with a message. Refused: the list with the word as typed and why (kept through the redirect). */
    @PostMapping("/admin/checks/words")
    String add(@Valid @ModelAttribute("wordForm") WordForm form, BindingResult binding,
            @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                words.save(null, form.getWord(), form.getSeverity(), staff);
                redirect.addFlashAttribute("flash", "checks.words.flash.added");
                return "redirect:/admin/checks/words";
            } catch (SensitiveWordList.WordRejectedException rejected) {
                binding.rejectValue("word", rejected.messageKey());
            }
        }
        redirect.addFlashAttribute("wordForm", form);
        redirect.addFlashAttribute("org.springframework.validation.BindingResult.wordForm", binding);
        return "redirect:/admin/checks/words";
    }

    @GetMapping("/admin/checks/words/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("wordId", id);
        model.addAttribute("wordForm", WordForm.of(words.get(id, staff)));
        model.addAttribute("severities", CheckSeverity.values());
        return EDIT;
    }

    @PostMapping("/admin/checks/words/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("wordForm") WordForm form, BindingResult binding,
            @AuthenticationPrincipal Staff staff, Model model, RedirectAttributes redirect) {
        model.addAttribute("wordId", id);
        model.addAttribute("severities", CheckSeverity.values());
        if (binding.hasErrors()) {
            return EDIT;
        }
        try {
            words.save(id, form.getWord(), form.getSeverity(), staff);
        } catch (SensitiveWordList.WordRejectedException rejected) {
            binding.rejectValue("word", rejected.messageKey());
            return EDIT;
        }
        redirect.addFlashAttribute("flash", "checks.words.flash.saved");
        return "redirect:/admin/checks/words";
    }

    @PostMapping("/admin/checks/words/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        words.delete(id, staff);
        redirect.addFlashAttribute("flash", "checks.words.flash.deleted");
        return "redirect:/admin/checks/words";
    }

    @PostMapping("/admin/checks/words/import")
    String importList(@ModelAttribute("importForm") WordImportForm form, @AuthenticationPrincipal Staff staff,
            Model model) {
        model.addAttribute("report", form.getFile() == null
                ? words.importFile(0, null, staff)
                : words.importFile(form.getFile().getSize(), form.getFile(), staff));
        model.addAttribute("maxLines", SensitiveWordList.MAX_IMPORT_LINES);
        return "admin/checks/import";
    }

    @GetMapping("/admin/checks/words/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Staff staff) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("sensitive-words.txt").build().toString())
                .body(words.export(staff));
    }
}
