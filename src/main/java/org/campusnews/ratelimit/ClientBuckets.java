package org.campusnews.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.campusnews.config.CampusNewsProperties;

/**
 * A token bucket per kind of request and client address, refilled evenly over the minute: a client may use its
 * minute's allowance at once, then one request each {@code 60 s / limit}. Held in memory on each instance, a bounded
 * number of them; an address not seen for a while starts again with a full bucket.
 */
class ClientBuckets {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Map<LimitedRequest, Integer> limits = new EnumMap<>(LimitedRequest.class);
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2))
            .maximumSize(200_000)
            .build();

    ClientBuckets(CampusNewsProperties.RateLimits settings) {
        for (LimitedRequest kind : LimitedRequest.values()) {
            limits.put(kind, kind.perMinute(settings));
        }
    }

    /** Takes one request from the client's bucket; when it is empty, how long until the next one is allowed. */
    Optional<Duration> refusal(LimitedRequest kind, String address) {
        int limit = limits.get(kind);
        if (limit <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(kind.name() + ' ' + address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, MINUTE).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
