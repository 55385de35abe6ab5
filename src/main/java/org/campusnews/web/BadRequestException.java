package org.campusnews.web;

/** Thrown by controllers for request parameters that cannot be served, such as a page number below 1. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
