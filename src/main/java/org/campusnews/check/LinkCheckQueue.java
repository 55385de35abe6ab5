package org.campusnews.check;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.campusnews.config.CampusNewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks links in the background, a few at a time ({@code concurrency}), with at most {@code queue-size} waiting: a
 * link that finds the queue full is left for a later save. A link already waiting or being checked is not queued
 * twice; one checked less than {@code recheck-after} ago is not due ({@link #isDue}).
 */
@Component
class LinkCheckQueue {

    private static final Logger log = LoggerFactory.getLogger(LinkCheckQueue.class);

    private final LinkProbe probe;
    private final LinkResults results;
    private final Clock clock;
    private final boolean enabled;
    private final Duration recheckAfter;
    private final ThreadPoolExecutor workers;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    LinkCheckQueue(LinkProbe probe, LinkResults results, Clock clock, CampusNewsProperties properties) {
        CampusNewsProperties.Links settings = properties.checks().links();
        this.probe = probe;
        this.results = results;
        this.clock = clock;
        this.enabled = settings.enabled();
        this.recheckAfter = settings.recheckAfter();
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.queueSize())), work -> {
                    Thread thread = new Thread(work, "link-check-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
    }

    boolean isEnabled() {
        return enabled;
    }

    /** Whether a link with this last result (null: never checked) is to be checked again. */
    boolean isDue(LinkResult last) {
        return enabled && (last == null || !last.checkedAt().isAfter(clock.instant().minus(recheckAfter)));
    }

    /** Queues these links, except those waiting already; no database access, so it may run after a commit. */
    void checkSoon(Collection<String> urls) {
        if (!enabled) {
            return;
        }
        for (String url : urls) {
            if (!queued.add(url)) {
                continue;
            }
            try {
                workers.execute(() -> check(url));
            } catch (RejectedExecutionException full) {
                queued.remove(url);
                log.info("Link check queue full: {} is checked at a later save", url);
                return;
            }
        }
    }

    /** Whether a link waits for its check or is being checked. */
    boolean isQueued(String url) {
        return queued.contains(url);
    }

    private void check(String url) {
        try {
            results.store(url, probe.check(url));
        } catch (RuntimeException failed) {
            log.warn("Could not check the link {}: {}", url, failed.toString());
        } finally {
            queued.remove(url);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
