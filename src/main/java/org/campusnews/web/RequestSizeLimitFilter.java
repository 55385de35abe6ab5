package org.campusnews.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses form posts larger than the server will parse with a 413 page, before anything reads them; the servlet
 * container would otherwise drop their parameters silently and the request would fail for an unclear reason.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;

    RequestSizeLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
        if (form && request.getContentLengthLong() > limit.toBytes()) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
