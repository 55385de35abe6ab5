package org.campusnews.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.campusnews.common.DatabaseErrors;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, made to fail at once for a moment after it could not reach the database: during an outage
 * every request then fails fast, after the first one waited for its connection in vain, instead of each waiting again
 * (a request may ask more than once: for its session, and again when it is done). A connection is asked for again
 * after {@link #PAUSE}, so the site comes back within that long of the database.
 */
class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    static final Duration PAUSE = Duration.ofSeconds(1);

    private volatile long unreachableUntil = System.nanoTime();

    FailFastDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseDuringPause();
        try {
            return super.getConnection();
        } catch (SQLException failure) {
            pauseIfUnavailable(failure);
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseDuringPause();
        try {
            return super.getConnection(username, password);
        } catch (SQLException failure) {
            pauseIfUnavailable(failure);
            throw failure;
        }
    }

    /** Closes the pool when the application stops, as it would be without this wrapper. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private void refuseDuringPause() throws SQLException {
        if (System.nanoTime() - unreachableUntil < 0) {
            throw new SQLTransientConnectionException("The database could not be reached a moment ago", "08001");
        }
    }

    private void pauseIfUnavailable(SQLException failure) {
        if (DatabaseErrors.isUnavailable(failure)) {
            unreachableUntil = System.nanoTime() + PAUSE.toNanos();
        }
    }
}
