package org.campusnews.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published articles of sections, as the home page and the section pages list them. */
@Service
public class SectionArticles {

    private final SectionListing listing;
    private final Clock clock;

    SectionArticles(SectionListing listing, Clock clock) {
        this.listing = listing;
        this.clock = clock;
    }

    /**
     * One numbered page (from 1) of a section's list: page 1 starts with the pinned articles. Empty when the page
     * lies beyond the last one; page 1 always exists, if only to say that there is nothing yet.
     */
    @Transactional(readOnly = true)
    public Optional<ListPage> page(Section section, Language language, int page) {
        Instant now = clock.instant();
        int unpinnedCount = listing.unpinnedCount(section.getId(), language, now);
        int totalPages = Math.max(1, (unpinnedCount + SectionListing.PAGE_SIZE - 1) / SectionListing.PAGE_SIZE);
        if (page < 1 || page > totalPages) {
            return Optional.empty();
        }
        List<ListedArticle> pinned = page == 1 ? listing.pinned(section.getId(), language, now) : List.of();
        List<ListedArticle> unpinned = listing.unpinnedPage(section.getId(), language, unpinnedCount, page);
        return Optional.of(new ListPage(pinned, unpinned, page, totalPages));
    }

    /** The first articles of each section's list, keyed by section id; sections with none are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<ListedArticle>> latest(Language language, int perSection) {
        return listing.headOfEachSection(language, clock.instant(), perSection);
    }

    public record ListPage(List<ListedArticle> pinned, List<ListedArticle> articles, int page, int totalPages) {

        public boolean isEmpty() {
            return pinned.isEmpty() && articles.isEmpty();
        }
    }
}
