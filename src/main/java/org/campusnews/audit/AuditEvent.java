package org.campusnews.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.campusnews.web.TextRules;

/**
 * One recorded action: who did what to which object, when and from where. What it records may come straight from a
 * request (the user name typed at sign-in, a proxy's address header): it is cut to the length of its column, and
 * characters that cannot be stored (NUL …) are replaced, so that recording never fails.
 */
@Entity
public class AuditEvent {

    static final int ACTOR_LENGTH = 100;
    static final int TARGET_TYPE_LENGTH = 40;
    static final int DETAILS_LENGTH = 1000;
    static final int REMOTE_ADDR_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = ACTOR_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_type", length = TARGET_TYPE_LENGTH)
    private String targetType;

    @Column(name = "target_id")
    private Long targetId;

    @Column(length = DETAILS_LENGTH)
    private String details;

    @Column(name = "remote_addr", length = REMOTE_ADDR_LENGTH)
    private String remoteAddr;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String targetType, Long targetId, String details,
            String remoteAddr) {
        this.occurredAt = occurredAt;
        this.actor = TextRules.forRecord(actor, ACTOR_LENGTH);
        this.action = action;
        this.targetType = TextRules.forRecord(targetType, TARGET_TYPE_LENGTH);
        this.targetId = targetId;
        this.details = TextRules.forRecord(details, DETAILS_LENGTH);
        this.remoteAddr = TextRules.forRecord(remoteAddr, REMOTE_ADDR_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }
}
