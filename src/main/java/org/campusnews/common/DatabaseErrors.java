package org.campusnews.common;

import java.sql.SQLException;

/** Tells which PostgreSQL constraint a failed write ran into, for rules only the database can check safely. */
public final class DatabaseErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private DatabaseErrors() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        SQLException cause = sqlCause(failure);
        return cause != null && UNIQUE_VIOLATION.equals(cause.getSQLState())
                && String.valueOf(cause.getMessage()).contains(constraint);
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
