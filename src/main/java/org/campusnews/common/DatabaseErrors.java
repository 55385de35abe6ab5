package org.campusnews.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells which PostgreSQL constraint a failed write ran into, for rules only the database can check safely, and whether
 * a failure is the database being unavailable.
 */
public final class DatabaseErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** SQLSTATE class 08: the connection could not be made or was lost. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** 57P01 to 57P05: the server is shutting down, crashed or not accepting connections yet. */
    private static final String OPERATOR_INTERVENTION = "57P0";
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseErrors() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        SQLException cause = sqlCause(failure);
        return cause != null && UNIQUE_VIOLATION.equals(cause.getSQLState())
                && String.valueOf(cause.getMessage()).contains(constraint);
    }

    /**
     * Whether the failure is the database being out of reach (stopped, restarting, unreachable, or the pool waited in
     * vain for a connection) rather than anything about the request.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION) || sql.getSQLState().startsWith(OPERATOR_INTERVENTION))) {
                return true;
            }
            // A connection lost in the middle of a request is closed by the pool, whose stand-in then answers the
            // rollback with this, without an SQLSTATE; the loss itself is hidden behind the failed rollback.
            if (cause instanceof SQLException closed && closed.getSQLState() == null
                    && POOL_CLOSED_CONNECTION.equals(closed.getMessage())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isForeignKeyViolation(Throwable failure) {
        SQLException cause = sqlCause(failure);
        return cause != null && FOREIGN_KEY_VIOLATION.equals(cause.getSQLState());
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
