package org.campusnews.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because of too many recent failures for the same user name. */
class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
