package org.campusnews.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * Refuses form posts larger than the server will parse with a 413 page, before anything reads them; the servlet
 * container would otherwise drop their parameters silently and the request would fail for an unclear reason.
 * Registered for requests only (not error dispatches).
 */
class RequestSizeLimitFilter extends HttpFilter {

    private final DataSize limit;

    RequestSizeLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
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
