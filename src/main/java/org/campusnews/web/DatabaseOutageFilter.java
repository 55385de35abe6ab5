package org.campusnews.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.common.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers 503 when the database fails a request before Spring MVC could (a staff member's session is read from the
 * database, ahead of the security chain): the same page {@link ErrorPages} gives, a posted form kept to be sent again.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ErrorAnswers answers;
    private final ViewResolver views;
    private final LocaleResolver locales;

    DatabaseOutageFilter(ErrorAnswers answers, ViewResolver views, LocaleResolver locales) {
        this.answers = answers;
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseErrors.isUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    failure.toString());
            answerUnavailable(request, response);
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.resetBuffer();
        Locale locale = locales.resolveLocale(request);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        LocaleContextHolder.setLocale(locale);
        try {
            ModelAndView answer = answers.unavailable(request, response);
            View view = answer.getView() != null ? answer.getView() : views.resolveViewName(answer.getViewName(), locale);
            view.render(answer.getModel(), request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
