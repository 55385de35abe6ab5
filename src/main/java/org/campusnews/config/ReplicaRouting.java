package org.campusnews.config;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a read-only transaction begun while rendering a visitor's page ({@link ReplicaReads}) to the replica, and
 * everything else to the primary. It sits behind a {@code LazyConnectionDataSourceProxy}, so that the connection is
 * chosen when the first statement runs, once the transaction's read-only flag is known.
 */
class ReplicaRouting extends AbstractRoutingDataSource {

    private static final String PRIMARY = "primary";
    private static final String REPLICA = "replica";

    ReplicaRouting(DataSource primary, DataSource replica) {
        setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
        setDefaultTargetDataSource(primary);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return ReplicaReads.allowed() && TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? REPLICA : PRIMARY;
    }
}
