package org.campusnews.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.web.TextRules;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
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

    static final Duration REMEMBER_ME = Duration.ofDays(14);

    /**
     * Marks the authentications that remember-me made, between its filter and its provider in this application only;
     * the tokens themselves are random and kept in the database, so a new key at each start invalidates nothing.
     */
    private static final String REMEMBER_ME_KEY = UUID.randomUUID().toString();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only way to sign in. It has no parent manager to fall back on, which would try a refused attempt again and
     * so get around the throttling.
     */
    private static AuthenticationManager signInManager(StaffUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, AuditLog auditLog, MeterRegistry meters) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, auditLog, meters),
                new RememberMeAuthenticationProvider(REMEMBER_ME_KEY));
    }

    /**
     * Knows every signed-in session, kept in the database by Spring Session, so that an administrator's change to an
     * account can end its sessions on every instance.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * "Keep me signed in" tokens, kept in the database so that they can be revoked; see {@link StaffSessions}. A
     * cookie whose series holds characters no token has (a forged one with a NUL byte) is not looked up.
     */
    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) throws Exception {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        tokens.afterPropertiesSet();
        return new PersistentTokenRepository() {
            @Override
            public void createNewToken(PersistentRememberMeToken token) {
                tokens.createNewToken(token);
            }

            @Override
            public void updateToken(String series, String tokenValue, Date lastUsed) {
                tokens.updateToken(series, tokenValue, lastUsed);
            }

            @Override
            public PersistentRememberMeToken getTokenForSeries(String seriesId) {
                return TextRules.firstDisallowed(seriesId, false).isPresent() ? null : tokens.getTokenForSeries(seriesId);
            }

            @Override
            public void removeUserTokens(String username) {
                tokens.removeUserTokens(username);
            }
        };
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The metrics for Prometheus, for an administrator's account with HTTP Basic (what scrapers send), without a
     * session; everything else goes through the chain below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, StaffUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, AuditLog auditLog, MeterRegistry meters) throws Exception {
        http
                .securityMatcher("/actuator/prometheus")
                .authenticationManager(signInManager(users, encoder, throttle, auditLog, meters))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffUserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, AuditLog auditLog, SessionRegistry sessionRegistry,
            PersistentTokenRepository rememberMeTokens, MeterRegistry meters) throws Exception {
        http
                .authenticationManager(signInManager(users, encoder, throttle, auditLog, meters))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/users/**", "/admin/departments/**", "/admin/audit/**").hasRole("ADMIN")
                        .requestMatchers("/admin/sections/**", "/admin/checks/**").hasAnyRole("ADMIN", "EDITOR")
                        .requestMatchers("/admin/**").authenticated()
                        .anyRequest().permitAll())
                // The API keeps no session and sets no cookie: a cross-site post there carries no authority to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/admin")
                        .failureHandler(failureHandler())
                        .permitAll())
                .rememberMe(remember -> remember
                        .tokenRepository(rememberMeTokens)
                        .userDetailsService(users)
                        .key(REMEMBER_ME_KEY)
                        .rememberMeParameter("rememberMe")
                        .tokenValiditySeconds((int) REMEMBER_ME.toSeconds()))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                auditLog.recordAs(authentication.getName(), AuditAction.SIGN_OUT, "USER", null);
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
