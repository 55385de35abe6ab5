package org.campusnews.audit.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditEvent;

/** One line of the audit log page, its time in the site's zone. */
public record AuditEntry(long id, String occurredAt, String actor, AuditAction action, String targetType, Long targetId,
        String details, String remoteAddr) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static AuditEntry of(AuditEvent event, ZoneId zone) {
        return new AuditEntry(event.getId(), TIME.format(event.getOccurredAt().atZone(zone)), event.getActor(),
                event.getAction(), event.getTargetType(), event.getTargetId(), event.getDetails(), event.getRemoteAddr());
    }
}
