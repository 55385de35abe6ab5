package org.campusnews.i18n.admin;

import jakarta.validation.Valid;

import org.campusnews.i18n.BilingualEntity;
import org.campusnews.i18n.BilingualEntityForm;
import org.campusnews.i18n.BilingualEntityService;
import org.campusnews.i18n.InUseException;
import org.campusnews.i18n.SlugTakenException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff screens of departments or sections: a list, a form to create or change one, deleting. A subclass maps
 * it to its address ({@code @RequestMapping}) and names its service and {@link BilingualEntityScreen}; who may use it
 * is set by the URL rules in SecurityConfig.
 */
public abstract class BilingualEntityAdminController<E extends BilingualEntity> {

    private static final String LIST = "admin/bilingual/list";
    private static final String FORM = "admin/bilingual/form";

    private final BilingualEntityService<E> entities;
    private final BilingualEntityScreen screen;

    protected BilingualEntityAdminController(BilingualEntityService<E> entities, BilingualEntityScreen screen) {
        this.entities = entities;
        this.screen = screen;
    }

    @ModelAttribute("screen")
    BilingualEntityScreen screen() {
        return screen;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("entities", entities.inOrder());
        return LIST;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("entityForm", new BilingualEntityForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("entityForm") BilingualEntityForm form, BindingResult result,
            RedirectAttributes redirect) {
        return save(result, redirect, screen.key("flash.created"),
                () -> entities.create(form.trimmedSlug(), form.name(), form.getSortOrder()));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        E entity = entities.get(id);
        model.addAttribute("entity", entity);
        model.addAttribute("entityForm", BilingualEntityForm.of(entity));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("entityForm") BilingualEntityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("entity", entities.get(id));
        return save(result, redirect, screen.key("flash.saved"),
                () -> entities.update(id, form.trimmedSlug(), form.name(), form.getSortOrder()));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            entities.delete(id);
        } catch (InUseException inUse) {
            Object[] counts = inUse.counts();
            Object[] args = new Object[counts.length + 1];
            args[0] = entities.get(id).getSlug();
            System.arraycopy(counts, 0, args, 1, counts.length);
            redirect.addFlashAttribute("flashError", inUse.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", args);
            return "redirect:" + screen.path();
        }
        redirect.addFlashAttribute("flash", screen.key("flash.deleted"));
        return "redirect:" + screen.path();
    }

    /** A valid form is saved and the list shown with the flash message; otherwise the form again, with the errors. */
    private String save(BindingResult result, RedirectAttributes redirect, String flashKey, Runnable change) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            change.run();
        } catch (SlugTakenException taken) {
            result.rejectValue("slug", "staff.slug.taken");
            return FORM;
        }
        redirect.addFlashAttribute("flash", flashKey);
        return "redirect:" + screen.path();
    }
}
