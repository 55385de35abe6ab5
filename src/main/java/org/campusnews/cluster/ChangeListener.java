package org.campusnews.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.campusnews.common.InstanceMemory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hears the changes the other instances commit ({@link ChangeRelay}) on a connection of its own that listens on the
 * channel, and hands each to what this instance keeps in memory ({@link InstanceMemory}), within a fraction of a
 * second. When that connection is lost (the database restarted), notifications sent meanwhile are lost with it: once
 * it listens again, everything kept in memory is read afresh.
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;
    private final Instance instance;
    private final ObjectProvider<InstanceMemory> memories;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ChangeListener(DataSource dataSource, Instance instance, ObjectProvider<InstanceMemory> memories) {
        this.dataSource = dataSource;
        this.instance = instance;
        this.memories = memories;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listening connection is open, for tests and health. */
    boolean isListening() {
        return listening;
    }

    private void listen() {
        boolean listenedBefore = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + ChangeRelay.CHANNEL);
                }
                listening = true;
                if (listenedBefore) {
                    log.info("Listening again for other instances' changes; what is kept in memory is read afresh");
                    memories.orderedStream().forEach(InstanceMemory::forgetAll);
                }
                listenedBefore = true;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Not listening for other instances' changes: {}; trying again", e.toString());
                    pause();
                }
            }
        }
        listening = false;
    }

    private void apply(String text) {
        ChangeMessage.read(text, json)
                .filter(message -> !message.from().equals(instance.id()))
                .ifPresent(message -> {
                    List<InstanceMemory> all = memories.orderedStream().toList();
                    for (InstanceMemory memory : all) {
                        try {
                            memory.changedElsewhere(message.change());
                        } catch (RuntimeException e) {
                            log.warn("Could not apply another instance's change {}: {}; all is read afresh",
                                    message.change(), e.toString());
                            memory.forgetAll();
                        }
                    }
                });
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
