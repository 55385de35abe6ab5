package org.campusnews.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.campusnews.common.ConflictException;
import org.campusnews.common.DatabaseErrors;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure in a controller with an error page in the site's layout, or problem details on the JSON
 * endpoints (see {@link ErrorAnswers}); no stack trace reaches a visitor. Bad input is a 4xx answer; only what the
 * application did not expect is a 500, and logged.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorAnswers answers;
    private final CampusNewsProperties properties;

    ErrorPages(ErrorAnswers answers, CampusNewsProperties properties) {
        this.answers = answers;
        this.properties = properties;
    }

    /** An upload larger than the multipart limit: a 413 answer naming the limits. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(HttpServletRequest request, HttpServletResponse response) {
        return answers.answer(request, response, HttpStatus.CONTENT_TOO_LARGE, uploadTooLarge(properties));
    }

    /** The message for an upload over the largest limit, naming the limits for images and attachments. */
    static MessageSourceResolvable uploadTooLarge(CampusNewsProperties properties) {
        return new DefaultMessageSourceResolvable(new String[] {"media.error.uploadTooLarge"}, new Object[] {
                properties.media().maxImageSize().toMegabytes() + " MB",
                properties.media().maxAttachmentSize().toMegabytes() + " MB"});
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        return answers.answer(request, response, HttpStatus.NOT_FOUND,
                exception instanceof NotFoundException ? apiDetail(exception, request) : null);
    }

    /** A path segment of the wrong type: an unknown language is a page that does not exist, anything else bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException exception, HttpServletRequest request,
            HttpServletResponse response) {
        return answers.answer(request, response,
                exception.getRequiredType() == Language.class ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                apiDetail(exception, request));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, BadRequestException.class,
            MissingRequestHeaderException.class, HttpMessageNotReadableException.class, MultipartException.class,
            ServletRequestBindingException.class})
    ModelAndView badRequest(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        return answers.answer(request, response, HttpStatus.BAD_REQUEST, apiDetail(exception, request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return answers.answer(request, response, HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, ConflictException.class})
    ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
        return answers.answer(request, response, HttpStatus.CONFLICT, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException exception, HttpServletRequest request,
            HttpServletResponse response) {
        if (exception.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", exception.getSupportedMethods()));
        }
        return answers.answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, apiDetail(exception, request));
    }

    /**
     * Anything else. Spring MVC's own exceptions carry the status they stand for (406 for an Accept header that no
     * representation satisfies or that does not parse, 415 for a body of the wrong type, 400 for a form that fails
     * validation where no binding result is taken …), and a query string the container could not decode is a bad
     * request; only the rest is unexpected.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        if (DatabaseErrors.isUnavailable(exception)) {
            log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    exception.toString());
            return answers.unavailable(request, response);
        }
        HttpStatusCode status = null;
        if (exception instanceof ErrorResponse known) {
            status = known.getStatusCode();
        } else if (exception instanceof InvalidParameterException unreadable) {
            status = ErrorAnswers.statusOf(unreadable.getErrorCode() > 0 ? unreadable.getErrorCode() : 400);
        }
        if (status == null || status.is5xxServerError()) {
            log.error("Unexpected error", exception);
            return answers.answer(request, response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, null);
        }
        return answers.answer(request, response, status, apiDetail(exception, request));
    }

    /**
     * On the API, what was wrong in the refusal's own words (the API's messages, or Spring's for what it refuses
     * itself); elsewhere nothing, and the page says what its status means.
     */
    private static MessageSourceResolvable apiDetail(Exception exception, HttpServletRequest request) {
        if (!ErrorAnswers.isApi(request)) {
            return null;
        }
        String detail = exception instanceof ErrorResponse known && known.getBody().getDetail() != null
                ? known.getBody().getDetail() : exception.getMessage();
        return detail == null ? null : new DefaultMessageSourceResolvable(null, null, detail);
    }
}
