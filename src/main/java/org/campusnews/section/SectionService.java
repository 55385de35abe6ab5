package org.campusnews.section;


import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.i18n.BilingualEntityWrites;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.SlugTakenException;
import org.campusnews.common.ConflictException;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.NotFoundException;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class SectionService {

    public static final String CACHE = "sections";

    private static final String SLUG_CONSTRAINT = "section_slug_unique";

    private final SectionRepository sections;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final BilingualEntityWrites writes;

    private final ApplicationEventPublisher events;

    SectionService(SectionRepository sections, JdbcClient jdbc, AuditLog auditLog, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.sections = sections;
        this.events = events;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.writes = new BilingualEntityWrites(transaction, SLUG_CONSTRAINT, () -> new InUseException(0));
    }

    /** All sections in their display order; read on every public page, so kept in memory. */
    @Cacheable(CACHE)
    @Transactional(readOnly = true)
    public Sections all() {
        return new Sections(sections.findAllByOrderBySortOrderAscIdAsc());
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    @Transactional
    public Section create(Section section) {
        events.publishEvent(new SectionsChanged());
        return sections.save(section);
    }

    @Transactional(readOnly = true)
    public Section get(long id) {
        return sections.findById(id).orElseThrow(() -> new NotFoundException("No section " + id));
    }

    /** A new section from the staff pages; throws {@link SlugTakenException} when another section has the slug. */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public Section create(String slug, BilingualName name, int sortOrder) {
        return writes.inTransaction(() -> {
            BilingualEntityWrites.requireFreeSlug(sections.findBySlug(slug), null, slug);
            Section section = sections.saveAndFlush(new Section(slug, name, sortOrder));
            events.publishEvent(new SectionsChanged());
            auditLog.record(AuditAction.SECTION_SAVED, "SECTION", section.getId(), StoredMessage.of("audit.detail.created", BilingualEntityWrites.describe(slug, name)));
            return section;
        });
    }

    /** Throws {@link SlugTakenException} when another section has the slug. */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void update(long id, String slug, BilingualName name, int sortOrder) {
        writes.inTransaction(() -> {
            Section stored = get(id);
            BilingualEntityWrites.requireFreeSlug(sections.findBySlug(slug), id, slug);
            String before = BilingualEntityWrites.describe(stored.getSlug(), stored.getName());
            stored.rename(slug, name, sortOrder);
            sections.flush();
            events.publishEvent(new SectionsChanged());
            auditLog.record(AuditAction.SECTION_SAVED, "SECTION", id, StoredMessage.of("audit.detail.changed", before, BilingualEntityWrites.describe(slug, name)));
            return null;
        });
    }

    /** Throws {@link InUseException} while the section has articles, deleted ones included. */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void delete(long id) {
        writes.inTransaction(() -> {
            Section section = get(id);
            long articles = articleCount(id);
            if (articles > 0) {
                throw new InUseException(articles);
            }
            sections.delete(section);
            sections.flush();
            events.publishEvent(new SectionsChanged());
            auditLog.record(AuditAction.SECTION_DELETED, "SECTION", id, BilingualEntityWrites.describe(section.getSlug(), section.getName()));
            return null;
        });
    }

    /** How many articles, deleted ones included, belong to a section. */
    @Transactional(readOnly = true)
    public long articleCount(long id) {
        return jdbc.sql("select count(*) from article where section_id = :id").param("id", id).query(Long.class).single();
    }




    /** The section cannot be deleted while it has articles. */
    public static class InUseException extends ConflictException {

        private final long articles;

        InUseException(long articles) {
            super("Section still has " + articles + " articles");
            this.articles = articles;
        }

        /** Articles in the section when it was checked; 0 when the database found the reference. */
        public long articles() {
            return articles;
        }
    }
}
