package org.campusnews;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CampusNewsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampusNewsApplication.class, args);
    }
}
