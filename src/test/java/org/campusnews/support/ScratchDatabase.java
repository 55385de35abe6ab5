package org.campusnews.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own on the test server, apart from the test database, for a migration test to build in the shape
 * of an earlier version; dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final JdbcClient server;
    private final String name;
    private final DataSource dataSource;

    private ScratchDatabase(JdbcClient server, String name, DataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** A new, empty database named from {@code prefix}, on the server of {@code testDatabase}. */
    public static ScratchDatabase create(DataSource testDatabase, String prefix) throws SQLException {
        String name = prefix + "_" + System.nanoTime();
        JdbcClient server = JdbcClient.create(testDatabase);
        server.sql("create database " + name).update();
        try (Connection connection = testDatabase.getConnection()) {
            String url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return new ScratchDatabase(server, name, new SimpleDriverDataSource(new org.postgresql.Driver(), url,
                    connection.getMetaData().getUserName(), ""));
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        server.sql("drop database if exists " + name + " with (force)").update();
    }
}
