package org.campusnews.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.stereotype.Component;

/**
 * How many views one client address may report for one article: {@code campusnews.api.views-per-minute} in the
 * minute from its first report. The tallies are held in memory, a bounded number of them, on each instance.
 */
@Component
class ViewReportLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, AtomicInteger> reports = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(100_000)
            .build();
    private final int perMinute;

    ViewReportLimiter(CampusNewsProperties properties) {
        this.perMinute = properties.api().viewsPerMinute();
    }

    /** Counts a report and tells whether it is within the limit. */
    boolean allows(String address, long articleId) {
        return reports.get(address + " " + articleId, key -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }

    int perMinute() {
        return perMinute;
    }
}
