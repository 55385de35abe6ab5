package org.campusnews.security;

import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes the expired staff sessions from the database once a minute, on one instance only (Spring Session's own
 * clean-up, which every instance would run, is switched off in application.yml).
 */
@Component
public class ExpiredSessionCleanup {

    private final JdbcIndexedSessionRepository sessions;
    private final AtomicLong runs = new AtomicLong();

    ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${campusnews.sessions.cleanup-cron:0 * * * * *}")
    @SchedulerLock(name = "expired-session-cleanup", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void removeExpired() {
        sessions.cleanUpExpiredSessions();
        runs.incrementAndGet();
    }

    /** How many times this instance has run it. */
    public long runs() {
        return runs.get();
    }
}
