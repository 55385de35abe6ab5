package org.campusnews.security;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.TextRules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with throttling of repeated failures; every attempt is written to the audit log. A name that no
 * account can have (longer than a user name, or holding control characters) fails without a look-up.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    private final Counter failures;
    private final Counter throttled;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog auditLog,
            MeterRegistry meters) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.failures = Counter.builder("campusnews.sign-in.failures").description("Refused sign-ins")
                .register(meters);
        this.throttled = Counter.builder("campusnews.sign-in.throttled")
                .description("Sign-ins refused unchecked, after too many failures").register(meters);
    }

    /** The length of {@code user_account.username}: no account has a longer name. */
    private static final int USERNAME_LENGTH = 50;

    /** The length of the columns that record a name typed at sign-in (throttling, audit log). */
    private static final int RECORDED_LENGTH = 100;

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName();
        // What is counted and recorded: the name as typed, without what cannot be stored, cut to its column.
        String username = TextRules.forRecord(typed, RECORDED_LENGTH);
        var refusal = throttle.refusedFor(username);
        if (refusal.isPresent()) {
            throttled.increment();
            auditLog.recordAs(username, AuditAction.SIGN_IN_THROTTLED, "USER", null);
            throw new SignInThrottledException(refusal.get());
        }
        try {
            if (!couldBeAnAccount(typed)) {
                throw new BadCredentialsException("No staff account can have this name");
            }
            Authentication result = passwords.authenticate(attempt);
            throttle.clear(username);
            auditLog.recordAs(username, AuditAction.SIGN_IN, "USER", null);
            return result;
        } catch (BadCredentialsException failure) {
            failures.increment();
            throttle.recordFailure(username);
            auditLog.recordAs(username, AuditAction.SIGN_IN_FAILED, "USER", null, StoredMessage.of("audit.detail.badCredentials"));
            throw failure;
        } catch (AuthenticationException failure) {
            failures.increment();
            auditLog.recordAs(username, AuditAction.SIGN_IN_FAILED, "USER", null,
                    StoredMessage.of("audit.detail.signInRefused", failure.getClass().getSimpleName()));
            throw failure;
        }
    }

    private static boolean couldBeAnAccount(String name) {
        return name.length() <= USERNAME_LENGTH && TextRules.firstDisallowed(name, false).isEmpty();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
