package org.campusnews.common;

/** Thrown for a change that conflicts with the stored state, such as deleting a section that still has articles. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
