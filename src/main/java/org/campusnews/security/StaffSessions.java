package org.campusnews.security;

import org.campusnews.user.StaffAccountChanged;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends the open sessions of an account once an administrator's change to it is committed. */
@Component
class StaffSessions {

    private final SessionRegistry registry;

    StaffSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void accountChanged(StaffAccountChanged change) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof StaffPrincipal staff && staff.getId() == change.userId())
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
