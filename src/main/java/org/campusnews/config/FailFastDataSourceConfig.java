package org.campusnews.config;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

@Configuration(proxyBeanMethods = false)
class FailFastDataSourceConfig {

    /**
     * Every user of the database (JPA, JDBC, sessions, Flyway, health) gets the pool through {@link FailFastDataSource};
     * with a replica configured ({@code campusnews.datasource.replica.url}), through {@link ReplicaRouting}, each pool
     * failing fast on its own.
     */
    @Bean
    static BeanPostProcessor failFastDataSource(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DataSource pool) || bean instanceof FailFastDataSource
                        || bean instanceof RoutedDataSource) {
                    return bean;
                }
                String replicaUrl = environment.getProperty("campusnews.datasource.replica.url", "");
                if (replicaUrl.isBlank()) {
                    return new FailFastDataSource(pool);
                }
                HikariDataSource replica = new HikariDataSource();
                replica.setPoolName("replica");
                replica.setJdbcUrl(replicaUrl);
                replica.setUsername(environment.getProperty("campusnews.datasource.replica.username", ""));
                replica.setPassword(environment.getProperty("campusnews.datasource.replica.password", ""));
                replica.setReadOnly(true);
                replica.setConnectionTimeout(1_500);
                return new RoutedDataSource(new FailFastDataSource(pool), new FailFastDataSource(replica));
            }
        };
    }

    /**
     * The primary and the replica behind {@link ReplicaRouting}, each connection chosen when its first statement runs;
     * both pools close when the application stops.
     */
    static final class RoutedDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final FailFastDataSource primary;
        private final FailFastDataSource replica;

        RoutedDataSource(FailFastDataSource primary, FailFastDataSource replica) {
            super(new ReplicaRouting(primary, replica));
            this.primary = primary;
            this.replica = replica;
        }

        @Override
        public void close() throws Exception {
            try {
                replica.close();
            } finally {
                primary.close();
            }
        }
    }
}
