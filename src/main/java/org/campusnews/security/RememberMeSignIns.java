package org.campusnews.security;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.StoredMessage;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes sign-ins made by a "keep me signed in" cookie to the audit log, like password sign-ins. */
@Component
class RememberMeSignIns {

    private final AuditLog auditLog;

    RememberMeSignIns(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof RememberMeAuthenticationToken remembered) {
            auditLog.recordAs(remembered.getName(), AuditAction.SIGN_IN, "USER", null, StoredMessage.of("audit.detail.rememberMe"));
        }
    }
}
