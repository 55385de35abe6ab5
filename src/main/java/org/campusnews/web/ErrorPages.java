package org.campusnews.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Answers every failure with an error page in the site's layout; no stack trace reaches a visitor. */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;
    private final CampusNewsProperties properties;

    ErrorPages(MessageSource messages, CampusNewsProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * An upload larger than the multipart limit: a 413 answer naming the limits, as JSON for the editor's uploads
     * (which ask for JSON) and as a page otherwise.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage("media.error.uploadTooLarge", new Object[] {
                properties.media().maxImageSize().toMegabytes() + " MB",
                properties.media().maxAttachmentSize().toMegabytes() + " MB"}, LocaleContextHolder.getLocale());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return new ModelAndView((model, req, res) -> {
                res.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                res.setContentType(MediaType.APPLICATION_JSON_VALUE);
                res.setCharacterEncoding(StandardCharsets.UTF_8.name());
                res.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            });
        }
        ModelAndView view = page(HttpStatus.CONTENT_TOO_LARGE, response);
        view.setViewName("error/upload-too-large");
        view.addObject("message", message);
        return view;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, response);
    }

    /** A path segment of the wrong type: an unknown language is a page that does not exist, anything else bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException exception, HttpServletResponse response) {
        return page(exception.getRequiredType() == Language.class ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, BadRequestException.class,
            MissingRequestHeaderException.class, HttpMessageNotReadableException.class, MultipartException.class,
            ServletRequestBindingException.class})
    ModelAndView badRequest(HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, response);
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, ConflictException.class})
    ModelAndView conflict(HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException exception, HttpServletResponse response) {
        if (exception.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", exception.getSupportedMethods()));
        }
        return page(HttpStatus.METHOD_NOT_ALLOWED, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception, HttpServletResponse response) {
        log.error("Unexpected error", exception);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, response);
    }

    private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView(viewFor(status), status);
        view.addObject("status", status.value());
        view.addObject("language", Language.of(LocaleContextHolder.getLocale()));
        return view;
    }

    private static String viewFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case CONFLICT -> "error/409";
            case BAD_REQUEST, METHOD_NOT_ALLOWED -> "error/400";
            default -> "error/500";
        };
    }
}
