package org.campusnews.section;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.BilingualEntityService;
import org.campusnews.i18n.InUseException;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.NotFoundException;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sections: read on every public page (and so kept in memory), changed by staff. A section that has articles,
 * deleted ones included, cannot be deleted; every change drops the kept list and tells the public pages.
 */
@Service
public class SectionService extends BilingualEntityService<Section> {

    public static final String CACHE = "sections";

    private final SectionRepository sections;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final CacheManager caches;

    SectionService(SectionRepository sections, JdbcClient jdbc, AuditLog auditLog, TransactionTemplate transaction,
            ApplicationEventPublisher events, CacheManager caches) {
        super(sections, Section::new, transaction, "section_slug_unique",
                () -> new InUseException("section.inUse.other"));
        this.sections = sections;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.caches = caches;
    }

    /** All sections in their display order; read on every public page, so kept in memory. */
    @Cacheable(CACHE)
    @Transactional(readOnly = true)
    public Sections all() {
        return new Sections(sections.findAllByOrderBySortOrderAscIdAsc());
    }

    /** A section made by the application itself (demo content, tests), without an entry in the audit log. */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    @Transactional
    public Section create(Section section) {
        events.publishEvent(new SectionsChanged());
        return sections.save(section);
    }

    /**
     * Which sections ask for department review and which for a leader's sign-off: every section not named in a set
     * asks for neither. Refuses the whole change when a set names an unknown section.
     */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    @Transactional
    public void requireReviews(Set<Long> departmentReview, Set<Long> leaderReview) {
        List<Section> all = sections.findAllByOrderBySortOrderAscIdAsc();
        Set<Long> known = all.stream().map(Section::getId).collect(Collectors.toSet());
        if (!known.containsAll(departmentReview) || !known.containsAll(leaderReview)) {
            throw new BadRequestException("Unknown section among " + departmentReview + " " + leaderReview);
        }
        boolean changed = false;
        for (Section section : all) {
            boolean department = departmentReview.contains(section.getId());
            boolean leader = leaderReview.contains(section.getId());
            if (department != section.isDepartmentReview() || leader != section.isLeaderReview()) {
                section.requireReviews(department, leader);
                auditLog.record(AuditAction.SECTION_SAVED, "SECTION", section.getId(),
                        StoredMessage.of("audit.detail.sectionReviews", section.getSlug()));
                changed = true;
            }
        }
        if (changed) {
            // The other instances keep the sections too: without this their review page would offer the old levels.
            events.publishEvent(new SectionsChanged());
        }
    }

    /** How many articles, deleted ones included, belong to a section. */
    @Transactional(readOnly = true)
    public long articleCount(long id) {
        return jdbc.sql("select count(*) from article where section_id = :id").param("id", id).query(Long.class).single();
    }

    @Override
    protected RuntimeException notFound(long id) {
        return new NotFoundException("No section " + id);
    }

    @Override
    protected void requireUnused(Section section) {
        long articles = articleCount(section.getId());
        if (articles > 0) {
            throw new InUseException("section.inUse", articles);
        }
    }

    /** The kept list is dropped once the change is committed (the cache manager waits for the commit). */
    @Override
    protected void changed(Change change, Section section, StoredMessage details) {
        caches.getCache(CACHE).clear();
        events.publishEvent(new SectionsChanged());
        if (change == Change.DELETED) {
            auditLog.record(AuditAction.SECTION_DELETED, "SECTION", section.getId(), describe(section));
        } else {
            auditLog.record(AuditAction.SECTION_SAVED, "SECTION", section.getId(), details);
        }
    }
}
