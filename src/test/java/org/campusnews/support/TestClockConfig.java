package org.campusnews.support;

import org.campusnews.config.CampusNewsProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestClockConfig {

    @Bean
    @Primary
    MutableClock testClock(CampusNewsProperties properties) {
        return new MutableClock(properties.timeZone());
    }
}
