package org.campusnews.web;

/** Thrown by controllers for anything a visitor asks for that does not exist or is not public. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
