package org.campusnews.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.i18n.StoredMessage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records security-relevant and editorial actions; part of the caller's transaction when there is one. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the signed-in user. */
    @Transactional
    public void record(AuditAction action, String targetType, Long targetId, String details) {
        recordAs(currentUsername(), action, targetType, targetId, details);
    }

    /** Records an action of the signed-in user that needs no details. */
    @Transactional
    public void record(AuditAction action, String targetType, Long targetId) {
        record(action, targetType, targetId, (String) null);
    }

    /** Records an action of a named actor that needs no details. */
    @Transactional
    public void recordAs(String actor, AuditAction action, String targetType, Long targetId) {
        recordAs(actor, action, targetType, targetId, (String) null);
    }

    /** Records an action of the signed-in user, with details that each reader sees in their own language. */
    @Transactional
    public void record(AuditAction action, String targetType, Long targetId, StoredMessage details) {
        record(action, targetType, targetId, details.stored());
    }

    /** Records an action of a named actor, with details that each reader sees in their own language. */
    @Transactional
    public void recordAs(String actor, AuditAction action, String targetType, Long targetId, StoredMessage details) {
        recordAs(actor, action, targetType, targetId, details.stored());
    }

    /** Records an action of a named actor, such as a sign-in attempt before anyone is signed in. */
    @Transactional
    public void recordAs(String actor, AuditAction action, String targetType, Long targetId, String details) {
        events.save(new AuditEvent(clock.instant(), actor, action, targetType, targetId, details, remoteAddress()));
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
