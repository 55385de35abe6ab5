package org.campusnews.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:action is null or e.action = :action)
              and (:actor is null or lower(e.actor) = lower(cast(:actor as string)))
              and (cast(:from as timestamp) is null or e.occurredAt >= :from)
              and (cast(:until as timestamp) is null or e.occurredAt < :until)
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(@Param("action") AuditAction action, @Param("actor") String actor,
            @Param("from") Instant from, @Param("until") Instant until, Pageable pageable);
}
