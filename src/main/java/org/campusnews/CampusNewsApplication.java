package org.campusnews;

import org.campusnews.backup.BackupCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CampusNewsApplication {

    public static void main(String[] args) {
        if (BackupCommandLine.handles(args)) {
            System.exit(BackupCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(CampusNewsApplication.class, args);
    }
}
