package org.campusnews.article;

/** A selection named a section or department that does not exist. */
public class UnknownFilterException extends RuntimeException {

    UnknownFilterException(String message) {
        super(message);
    }
}
