package org.campusnews.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** Sends staff whose password was set by an administrator to the password page before anything else. */
class PasswordChangeRequired implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                && staff.isMustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/admin/password");
            return false;
        }
        return true;
    }
}
