package org.campusnews.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-ins for a user name after too many recent failures, for as long as it takes the oldest of them to age
 * out of the window. Kept in the database, so it holds across restarts and application instances.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc, Clock clock, CampusNewsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = properties.signIn().maxFailures();
        this.window = properties.signIn().window();
    }

    /** How long the user name stays refused, if it is. */
    @Transactional(readOnly = true)
    Optional<Duration> refusedFor(String username) {
        Instant now = clock.instant();
        List<Timestamp> recent = jdbc.sql("""
                        select failed_at from sign_in_failure
                        where lower(username) = lower(:username) and failed_at > :since
                        order by failed_at desc
                        limit :max""")
                .param("username", username)
                .param("since", Timestamp.from(now.minus(window)))
                .param("max", maxFailures)
                .query(Timestamp.class)
                .list();
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        Instant oldest = recent.get(recent.size() - 1).toInstant();
        return Optional.of(Duration.between(now, oldest.plus(window)));
    }

    @Transactional
    void recordFailure(String username) {
        jdbc.sql("insert into sign_in_failure (username, failed_at) values (:username, :at)")
                .param("username", username.length() > 100 ? username.substring(0, 100) : username)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("delete from sign_in_failure where failed_at < :expired")
                .param("expired", Timestamp.from(clock.instant().minus(window.multipliedBy(2))))
                .update();
    }

    @Transactional
    void clear(String username) {
        jdbc.sql("delete from sign_in_failure where lower(username) = lower(:username)")
                .param("username", username)
                .update();
    }
}
