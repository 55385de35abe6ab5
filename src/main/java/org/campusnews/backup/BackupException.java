package org.campusnews.backup;

/** A backup or restore that cannot be done, with a message for the person who ran the command. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
