package org.campusnews.config;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FailFastDataSourceConfig {

    /** Every user of the database (JPA, JDBC, sessions, Flyway, health) gets the pool through {@link FailFastDataSource}. */
    @Bean
    static BeanPostProcessor failFastDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)) {
                    return new FailFastDataSource(pool);
                }
                return bean;
            }
        };
    }
}
