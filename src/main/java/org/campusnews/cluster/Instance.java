package org.campusnews.cluster;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** This running instance of the application, told apart from the others on the same database. */
@Component
class Instance {

    private final String id = UUID.randomUUID().toString();

    String id() {
        return id;
    }
}
