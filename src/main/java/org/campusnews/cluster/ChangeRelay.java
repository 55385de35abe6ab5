package org.campusnews.cluster;

import org.campusnews.common.SharedChange;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the other instances on the same database of each {@link SharedChange}, with PostgreSQL's {@code NOTIFY} sent
 * in the transaction that published it: the database delivers it when that transaction commits, and never if it
 * rolls back. {@link ChangeListener} hears them on the other instances.
 */
@Component
class ChangeRelay {

    static final String CHANNEL = "campusnews_changes";

    private final JdbcTemplate jdbc;
    private final Instance instance;
    private final JsonMapper json = JsonMapper.builder().build();

    ChangeRelay(JdbcTemplate jdbc, Instance instance) {
        this.jdbc = jdbc;
        this.instance = instance;
    }

    @EventListener
    void changed(SharedChange change) {
        String message = ChangeMessage.write(instance.id(), change, json);
        jdbc.query("select pg_notify(?, ?)", resultSet -> null, CHANNEL, message);
    }
}
