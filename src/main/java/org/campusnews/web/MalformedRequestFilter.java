package org.campusnews.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.campusnews.config.CampusNewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Reads every request's parameters (query string, form body, multipart parts) before anything else looks at them,
 * and answers a request that cannot be read with the site's error page (or problem details on the JSON endpoints):
 * 400 for broken percent-encoding or bytes that are not UTF-8, for a file name with a NUL byte and for a part whose
 * headers are too long (a file name of thousands of characters); 413 for an upload over the largest limit or a form
 * with too many parts. Without it, the servlet container would throw where a parameter is first read — in a
 * controller, in the sign-in filter, in the health endpoint — and the request would fail with a 500, or, where the
 * first reader caught it, go on as if the broken parameter had not been sent.
 * <p>
 * While the error page is shown, the parameters of the refused request read as empty, so that nothing on the way
 * to the page trips over them again.
 */
class MalformedRequestFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private static final String REFUSED = MalformedRequestFilter.class.getName() + ".REFUSED";

    private final CampusNewsProperties properties;

    MalformedRequestFilter(CampusNewsProperties properties) {
        this.properties = properties;
    }

    private record Refusal(HttpStatus status, MessageSourceResolvable detail, Throwable cause) {
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(REFUSED) != null) {
            chain.doFilter(new WithoutParameters(request), servletResponse);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            Refusal refusal = read(request);
            if (refusal != null) {
                log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.cause().toString());
                request.setAttribute(REFUSED, refusal);
                if (refusal.detail() != null) {
                    request.setAttribute(ErrorAnswers.DETAIL, refusal.detail());
                }
                if (isMultipart(request)) {
                    // Tells Spring MVC not to parse the parts again while the error page is shown.
                    request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE,
                            new MultipartException("The multipart request cannot be read", refusal.cause()));
                }
                ((HttpServletResponse) servletResponse).sendError(refusal.status().value());
                return;
            }
        }
        chain.doFilter(servletRequest, servletResponse);
    }

    private Refusal read(HttpServletRequest request) {
        if (request.getQueryString() == null && request.getContentType() == null) {
            return null;
        }
        try {
            request.getParameterMap();
            if (isMultipart(request)) {
                request.getParts();
            }
            return null;
        } catch (InvalidParameterException | InvalidFileNameException | IOException | ServletException failure) {
            return refusal(failure);
        } catch (IllegalStateException failure) {
            // Also thrown by getParts() where no multipart configuration applies: then there is nothing to parse.
            return isMultipart(request) && failure.getCause() == null && failure.getMessage() != null
                    && failure.getMessage().contains("multi-part configuration") ? null : refusal(failure);
        }
    }

    private Refusal refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return new Refusal(HttpStatus.BAD_REQUEST, message("request.error.fileName"), failure);
            }
            if (cause instanceof FileCountLimitExceededException) {
                return new Refusal(HttpStatus.CONTENT_TOO_LARGE, message("request.error.tooManyParts"), failure);
            }
            if (cause instanceof SizeException size) {
                // The only limits below the largest upload are those on a part's headers, which a long name exceeds.
                return size.getPermittedSize() < properties.media().largestUpload().toBytes()
                        ? new Refusal(HttpStatus.BAD_REQUEST, message("request.error.nameTooLong"), failure)
                        : new Refusal(HttpStatus.CONTENT_TOO_LARGE, ErrorPages.uploadTooLarge(properties), failure);
            }
        }
        int code = failure instanceof InvalidParameterException invalid ? invalid.getErrorCode() : 0;
        HttpStatus status = code == HttpStatus.CONTENT_TOO_LARGE.value() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return new Refusal(status, status == HttpStatus.BAD_REQUEST ? message("request.error.unreadable") : null, failure);
    }

    private static MessageSourceResolvable message(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The refused request while its error page is shown: no parameters, no parts. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
