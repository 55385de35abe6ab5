package org.campusnews.config;

import java.io.IOException;

import jakarta.servlet.ServletException;

/**
 * Marks the work of rendering a visitor's page, whose read-only transactions may go to the replica (when one is
 * configured, see {@link ReplicaRouting}); everything else (staff work, writes, view-count flushes, sessions, locks)
 * goes to the primary.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

    private ReplicaReads() {
    }

    /** Work that may read from the replica: a visitor's page rendered with nothing changed lately. */
    public interface Work {
        void run() throws IOException, ServletException;
    }

    public static void allowedDuring(Work work) throws IOException, ServletException {
        Boolean before = ALLOWED.get();
        ALLOWED.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            if (before == null) {
                ALLOWED.remove();
            } else {
                ALLOWED.set(before);
            }
        }
    }

    static boolean allowed() {
        return ALLOWED.get() != null;
    }
}
