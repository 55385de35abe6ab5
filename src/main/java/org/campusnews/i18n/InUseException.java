package org.campusnews.i18n;

import org.campusnews.common.ConflictException;

/**
 * A department or section cannot be deleted while something refers to it. It names the message that says so, whose
 * first parameter is the slug and whose further parameters are {@link #counts()}.
 */
public class InUseException extends ConflictException {

    private final String messageKey;
    private final transient Object[] counts;

    public InUseException(String messageKey, Object... counts) {
        super("Still in use: " + messageKey);
        this.messageKey = messageKey;
        this.counts = counts.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** How many rows of each kind refer to it, as the message counts them. */
    public Object[] counts() {
        return counts.clone();
    }
}
