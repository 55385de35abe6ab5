package org.campusnews.audit.admin;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditEvent;
import org.campusnews.web.StaffTime;

/** One line of the audit log page, its time in the site's zone. */
public record AuditEntry(long id, String occurredAt, String actor, AuditAction action, String targetType, Long targetId,
        String details, String remoteAddr) {

    static AuditEntry of(AuditEvent event, StaffTime time) {
        return new AuditEntry(event.getId(), time.toSecond(event.getOccurredAt()), event.getActor(),
                event.getAction(), event.getTargetType(), event.getTargetId(), event.getDetails(), event.getRemoteAddr());
    }
}
