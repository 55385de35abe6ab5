package org.campusnews.department.admin;

import jakarta.validation.Valid;

import org.campusnews.i18n.BilingualEntityForm;
import org.campusnews.i18n.SlugTakenException;
import org.campusnews.department.Department;
import org.campusnews.department.DepartmentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Departments, for administrators (the URL rules in SecurityConfig let nobody else in). */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private static final String FORM = "admin/departments/form";

    private final DepartmentService departments;

    DepartmentAdminController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", departments.all());
        return "admin/departments/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("departmentForm", new BilingualEntityForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("departmentForm") BilingualEntityForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            departments.create(form.trimmedSlug(), form.name(), form.getSortOrder());
        } catch (SlugTakenException taken) {
            result.rejectValue("slug", "staff.slug.taken");
            return FORM;
        }
        redirect.addFlashAttribute("flash", "department.flash.created");
        return "redirect:/admin/departments";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Department department = departments.get(id);
        model.addAttribute("department", department);
        model.addAttribute("departmentForm", BilingualEntityForm.of(department));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("departmentForm") BilingualEntityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Department department = departments.get(id);
        if (result.hasErrors()) {
            model.addAttribute("department", department);
            return FORM;
        }
        try {
            departments.update(id, form.trimmedSlug(), form.name(), form.getSortOrder());
        } catch (SlugTakenException taken) {
            result.rejectValue("slug", "staff.slug.taken");
            model.addAttribute("department", department);
            return FORM;
        }
        redirect.addFlashAttribute("flash", "department.flash.saved");
        return "redirect:/admin/departments";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            departments.delete(id);
        } catch (DepartmentService.InUseException inUse) {
            DepartmentService.Usage usage = inUse.usage();
            redirect.addFlashAttribute("flashError", usage.any() ? "department.inUse" : "department.inUse.other");
            redirect.addFlashAttribute("flashErrorArgs",
                    new Object[] {departments.get(id).getSlug(), usage.articles(), usage.translations(), usage.users()});
            return "redirect:/admin/departments";
        }
        redirect.addFlashAttribute("flash", "department.flash.deleted");
        return "redirect:/admin/departments";
    }
}
