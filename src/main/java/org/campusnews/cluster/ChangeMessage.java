package org.campusnews.cluster;

import java.util.Optional;

import org.campusnews.common.SharedChange;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text of a change sent to the other instances: the sending instance, the change's type and its values as JSON,
 * separated by spaces. Only types of the application that are {@link SharedChange}s are read back.
 *
 * @param from the instance that sent it
 */
record ChangeMessage(String from, SharedChange change) {

    private static final String OWN_TYPES = "org.campusnews.";

    static String write(String from, SharedChange change, JsonMapper json) {
        return from + " " + change.getClass().getName() + " " + json.writeValueAsString(change);
    }

    /** Empty for a text that is not such a message. */
    static Optional<ChangeMessage> read(String text, JsonMapper json) {
        String[] parts = text.split(" ", 3);
        if (parts.length != 3 || !parts[1].startsWith(OWN_TYPES)) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(parts[1], false, ChangeMessage.class.getClassLoader());
            if (!SharedChange.class.isAssignableFrom(type)) {
                return Optional.empty();
            }
            return Optional.of(new ChangeMessage(parts[0], (SharedChange) json.readValue(parts[2], type)));
        } catch (ClassNotFoundException | JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
