package org.campusnews.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * No inline script anywhere; inline styles are allowed because the rich-text editor sets them. Images may come from
     * other hosts, since article bodies may show images by URL.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only way to sign in. It has no parent manager to fall back on, which would try a refused attempt again and
     * so get around the throttling.
     */
    private static AuthenticationManager signInManager(StaffUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, AuditLog auditLog) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, auditLog));
    }

    /** Knows every signed-in session, so that an administrator's change to an account can end its sessions. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, AuditLog auditLog, SessionRegistry sessionRegistry) throws Exception {
        http
                .authenticationManager(signInManager(users, encoder, throttle, auditLog))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/users/**", "/admin/departments/**", "/admin/audit/**").hasRole("ADMIN")
                        .requestMatchers("/admin/sections/**").hasAnyRole("ADMIN", "EDITOR")
                        .requestMatchers("/admin/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/admin/articles")
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                auditLog.recordAs(authentication.getName(), AuditAction.SIGN_OUT, "USER", null, null);
                            }
                        })
                        .logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(sessions -> sessions
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            String outcome;
            if (failure instanceof SignInThrottledException throttled) {
                outcome = "throttled=" + Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            } else if (failure instanceof DisabledException) {
                outcome = "disabled";
            } else {
                outcome = "error";
            }
            redirect(request, response, "/login?" + outcome);
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
