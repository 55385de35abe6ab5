package org.campusnews.security;

import jakarta.validation.Valid;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.user.UserAccountRepository;
import org.campusnews.user.UserService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

    private final UserService userService;
    private final UserAccountRepository users;
    private final AuditLog auditLog;

    PasswordController(UserService userService, UserAccountRepository users, AuditLog auditLog) {
        this.userService = userService;
        this.users = users;
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/password")
    String form(@ModelAttribute("form") PasswordForm form, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("mustChange", staff.isMustChangePassword());
        return "security/password";
    }

    @PostMapping("/admin/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
            @AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("currentPassword")
                && !userService.matchesPassword(users.findById(staff.getId()).orElseThrow(), form.getCurrentPassword())) {
            result.rejectValue("currentPassword", "password.current.wrong");
        }
        if (!result.hasFieldErrors("newPassword") && form.getNewPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("newPassword", "password.new.same");
        }
        if (result.hasErrors()) {
            model.addAttribute("mustChange", staff.isMustChangePassword());
            return "security/password";
        }
        userService.changeOwnPassword(staff.getId(), form.getNewPassword());
        staff.passwordChanged();
        auditLog.record(AuditAction.PASSWORD_CHANGED, "USER", staff.getId());
        redirect.addFlashAttribute("flash", "flash.passwordChanged");
        return "redirect:/admin";
    }
}
