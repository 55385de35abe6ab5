package org.campusnews.security;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Password sign-in with throttling of repeated failures; every attempt is written to the audit log. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog auditLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        var refusal = throttle.refusedFor(username);
        if (refusal.isPresent()) {
            auditLog.recordAs(username, AuditAction.SIGN_IN_THROTTLED, "USER", null, null);
            throw new SignInThrottledException(refusal.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.clear(username);
            auditLog.recordAs(username, AuditAction.SIGN_IN, "USER", null, null);
            return result;
        } catch (BadCredentialsException failure) {
            throttle.recordFailure(username);
            auditLog.recordAs(username, AuditAction.SIGN_IN_FAILED, "USER", null, "Bad credentials");
            throw failure;
        } catch (AuthenticationException failure) {
            auditLog.recordAs(username, AuditAction.SIGN_IN_FAILED, "USER", null, failure.getClass().getSimpleName());
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
