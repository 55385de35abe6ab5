package org.campusnews.user.admin;

import jakarta.validation.Valid;

import org.campusnews.department.DepartmentService;
import org.campusnews.user.Staff;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.user.UserService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts, for administrators (the URL rules in SecurityConfig let nobody else in). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String NEW_FORM = "admin/users/new";
    private static final String EDIT_FORM = "admin/users/edit";
    private static final String PASSWORD_FORM = "admin/users/password";
    private static final String LIST = "redirect:/admin/users";

    private final UserService users;
    private final DepartmentService departments;

    UserAdminController(UserService users, DepartmentService departments) {
        this.users = users;
        this.departments = departments;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.allWithDepartments());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        NewUserForm form = new NewUserForm();
        form.setRole(Role.AUTHOR);
        model.addAttribute("userForm", form);
        return newFormView(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return newFormView(model);
        }
        try {
            users.createByAdmin(form.getUsername(), form.trimmedDisplayName(), form.getPassword(), form.getRole(),
                    form.getDepartmentIds());
        } catch (UserService.RefusedException refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return newFormView(model);
        }
        redirect.addFlashAttribute("flash", "user.flash.created");
        return LIST;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount user = users.get(id);
        model.addAttribute("userForm", UserForm.of(user));
        return editFormView(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
            @AuthenticationPrincipal Staff staff, Model model, RedirectAttributes redirect) {
        UserAccount user = users.get(id);
        if (result.hasErrors()) {
            return editFormView(user, model);
        }
        try {
            users.updateByAdmin(id, form.getVersion(), staff.getId(), form.trimmedDisplayName(), form.getRole(),
                    form.getDepartmentIds(), form.isEnabled());
        } catch (UserService.RefusedException refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return editFormView(user, model);
        }
        redirect.addFlashAttribute("flash", "user.flash.saved");
        return LIST;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        users.setEnabledByAdmin(id, true, staff.getId());
        redirect.addFlashAttribute("flash", "user.flash.enabled");
        return LIST;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        try {
            users.setEnabledByAdmin(id, false, staff.getId());
        } catch (UserService.RefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return LIST;
        }
        redirect.addFlashAttribute("flash", "user.flash.disabled");
        return LIST;
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("passwordResetForm", new PasswordResetForm());
        return PASSWORD_FORM;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount user = users.get(id);
        if (result.hasErrors()) {
            model.addAttribute("user", user);
            return PASSWORD_FORM;
        }
        users.resetPasswordByAdmin(id, form.getPassword());
        redirect.addFlashAttribute("flash", "user.flash.passwordReset");
        return LIST;
    }

    private String newFormView(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departments.inOrder());
        return NEW_FORM;
    }

    private String editFormView(UserAccount user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departments.inOrder());
        return EDIT_FORM;
    }
}
