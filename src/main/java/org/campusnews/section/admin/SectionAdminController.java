package org.campusnews.section.admin;

import jakarta.validation.Valid;

import org.campusnews.i18n.BilingualEntityForm;
import org.campusnews.i18n.SlugTakenException;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sections, for administrators and editors (the URL rules in SecurityConfig let nobody else in). */
@Controller
@RequestMapping("/admin/sections")
class SectionAdminController {

    private static final String FORM = "admin/sections/form";

    private final SectionService sections;

    SectionAdminController(SectionService sections) {
        this.sections = sections;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sections", sections.all().list());
        return "admin/sections/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("sectionForm", new BilingualEntityForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("sectionForm") BilingualEntityForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            sections.create(form.trimmedSlug(), form.name(), form.getSortOrder());
        } catch (SlugTakenException taken) {
            result.rejectValue("slug", "staff.slug.taken");
            return FORM;
        }
        redirect.addFlashAttribute("flash", "section.flash.created");
        return "redirect:/admin/sections";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Section section = sections.get(id);
        model.addAttribute("section", section);
        model.addAttribute("sectionForm", BilingualEntityForm.of(section));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("sectionForm") BilingualEntityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Section section = sections.get(id);
        if (result.hasErrors()) {
            model.addAttribute("section", section);
            return FORM;
        }
        try {
            sections.update(id, form.trimmedSlug(), form.name(), form.getSortOrder());
        } catch (SlugTakenException taken) {
            result.rejectValue("slug", "staff.slug.taken");
            model.addAttribute("section", section);
            return FORM;
        }
        redirect.addFlashAttribute("flash", "section.flash.saved");
        return "redirect:/admin/sections";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sections.delete(id);
        } catch (SectionService.InUseException inUse) {
            redirect.addFlashAttribute("flashError", inUse.articles() > 0 ? "section.inUse" : "section.inUse.other");
            redirect.addFlashAttribute("flashErrorArgs", new Object[] {sections.get(id).getSlug(), inUse.articles()});
            return "redirect:/admin/sections";
        }
        redirect.addFlashAttribute("flash", "section.flash.deleted");
        return "redirect:/admin/sections";
    }
}
