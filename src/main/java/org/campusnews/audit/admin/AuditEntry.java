package org.campusnews.audit.admin;

import java.util.Locale;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditEvent;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.StaffTime;
import org.springframework.context.MessageSource;

/** One line of the audit log page: its time in the site's zone, its details in the reader's language. */
public record AuditEntry(long id, String occurredAt, String actor, AuditAction action, String targetType, Long targetId,
        String details, String remoteAddr) {

    static AuditEntry of(AuditEvent event, StaffTime time, MessageSource messages, Locale locale) {
        String details = messages.getMessage(StoredMessage.read(event.getDetails(), "audit.detail"), locale);
        return new AuditEntry(event.getId(), time.toSecond(event.getOccurredAt()), event.getActor(),
                event.getAction(), event.getTargetType(), event.getTargetId(), details, event.getRemoteAddr());
    }
}
