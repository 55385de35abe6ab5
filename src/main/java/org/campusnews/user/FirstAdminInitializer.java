package org.campusnews.user;

import java.util.Set;

import org.campusnews.config.CampusNewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code campusnews.admin.*} when no staff account exists, so that no account
 * with a built-in password is ever needed outside demo mode.
 */
@Component
@Order(1)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final UserService users;
    private final CampusNewsProperties properties;

    FirstAdminInitializer(UserService users, CampusNewsProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyExists()) {
            return;
        }
        CampusNewsProperties.Admin admin = properties.admin();
        if (admin.isConfigured()) {
            users.create(admin.username(), admin.username(), admin.password(), Role.ADMIN, Set.of(), false);
            log.info("Created the first administrator account '{}'", admin.username());
        } else if (!properties.demoData()) {
            log.warn("No staff account exists: set CAMPUSNEWS_ADMIN_USERNAME and CAMPUSNEWS_ADMIN_PASSWORD to create the first administrator");
        }
    }
}
