package org.campusnews.security;

import org.campusnews.user.StaffAccountChanged;
import org.campusnews.user.UserAccountRepository;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account on every instance (they are kept in the database), and forgets the browsers
 * kept signed in, once an administrator's change to it is committed.
 */
@Component
class StaffSessions {

    private final SessionRegistry registry;
    private final PersistentTokenRepository rememberMeTokens;
    private final UserAccountRepository users;

    StaffSessions(SessionRegistry registry, PersistentTokenRepository rememberMeTokens, UserAccountRepository users) {
        this.registry = registry;
        this.rememberMeTokens = rememberMeTokens;
        this.users = users;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void accountChanged(StaffAccountChanged change) {
        users.findById(change.userId()).ifPresent(user -> {
            rememberMeTokens.removeUserTokens(user.getUsername());
            registry.getAllSessions(user.getUsername(), false).forEach(SessionInformation::expireNow);
        });
    }
}
