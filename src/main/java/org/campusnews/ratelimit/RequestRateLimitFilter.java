package org.campusnews.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Answers 429 with {@code Retry-After} to a client address that has used up its allowance of a limited kind of
 * request, before the request reaches the database. The address is the visitor's (from a trusted proxy's
 * {@code X-Forwarded-For}, see {@code server.forward-headers-strategy}).
 */
class RequestRateLimitFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestRateLimitFilter.class);

    private final ClientBuckets buckets;
    private final Set<String> exempt;
    private final MeterRegistry meters;

    RequestRateLimitFilter(ClientBuckets buckets, Set<String> exempt, MeterRegistry meters) {
        this.buckets = buckets;
        this.exempt = exempt;
        this.meters = meters;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LimitedRequest> kind = LimitedRequest.of(request);
        String address = request.getRemoteAddr();
        if (kind.isPresent() && !exempt.contains(address)) {
            Optional<Duration> wait = buckets.refusal(kind.get(), address);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                meters.counter("campusnews.requests.rate.limited", "kind", kind.get().name().toLowerCase()).increment();
                log.debug("{} from {} refused for {} s: {} {}", kind.get(), address, seconds, request.getMethod(),
                        request.getRequestURI());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
