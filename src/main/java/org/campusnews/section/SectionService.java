package org.campusnews.section;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SectionService {

    public static final String CACHE = "sections";

    private final SectionRepository sections;

    SectionService(SectionRepository sections) {
        this.sections = sections;
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
        return sections.save(section);
    }
}
