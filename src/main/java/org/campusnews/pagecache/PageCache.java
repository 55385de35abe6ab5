package org.campusnews.pagecache;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.campusnews.config.CampusNewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Visitors' pages as rendered, kept in memory up to a size in bytes and dropped when something they show changes.
 * Every invalidation raises a generation number; a page whose rendering overlapped one is not kept, since it may
 * show what was there before.
 */
@Component
public class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    private final Cache<String, CachedPage> pages;
    private final Cache<String, CachedPage> searchPages;
    private final AtomicLong generation = new AtomicLong();
    private volatile long lastChangeNanos = System.nanoTime();
    private final Clock clock;
    private final ObjectProvider<ScheduledChanges> scheduledChanges;
    private volatile Instant nextScheduledChange = Instant.MIN;
    private volatile Instant checkedUpTo;

    PageCache(CampusNewsProperties properties, Clock clock, ObjectProvider<ScheduledChanges> scheduledChanges) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.pageCache().maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .recordStats()
                .build();
        this.searchPages = Caffeine.newBuilder()
                .maximumSize(properties.search().keptPages())
                .recordStats()
                .build();
        this.clock = clock;
        this.scheduledChanges = scheduledChanges;
        this.checkedUpTo = clock.instant();
    }

    /** The kept page, once the changes that the clock has brought since the last look are applied. */
    CachedPage find(String key) {
        catchUpWithClock();
        return store(key).getIfPresent(key);
    }

    Cache<String, CachedPage> pages() {
        return pages;
    }

    Cache<String, CachedPage> searchPages() {
        return searchPages;
    }

    /**
     * Pages keyed by their query ({@link QueryPageKey}) are kept apart, by number, so that however many queries come
     * they never push out other pages.
     */
    private Cache<String, CachedPage> store(String key) {
        return key.startsWith(QueryPageKey.PREFIX) ? searchPages : pages;
    }

    long generation() {
        return generation.get();
    }

    /** Keeps a page rendered from what was stored at {@code renderedIn}, unless something changed since. */
    void keep(String key, CachedPage page, long renderedIn) {
        if (generation.get() != renderedIn) {
            return;
        }
        Cache<String, CachedPage> store = store(key);
        store.put(key, page);
        if (generation.get() != renderedIn) {
            store.asMap().remove(key, page);
        }
    }

    /**
     * An article changed: every page showing it goes, and when its section's list changed, the section's pages, the
     * home pages and the pages of the articles that are now its neighbours. Search results and other listings all
     * go ({@link PageKind#dropsOnAnyChange}).
     */
    public void articleChanged(long articleId, long sectionId, boolean listChanged, Collection<Long> newNeighbours) {
        invalidate(page -> page.kind().dropsOnAnyChange() || page.shows(articleId)
                || listChanged && (page.kind() == PageKind.HOME
                        || page.kind() == PageKind.SECTION && page.subjectId() == sectionId
                        || page.kind() == PageKind.ARTICLE && newNeighbours.contains(page.subjectId())));
    }

    /** Any number of a section's articles changed. */
    public void sectionChanged(long sectionId) {
        invalidate(page -> page.kind() == PageKind.HOME || page.kind().dropsOnAnyChange()
                || page.sectionId() == sectionId);
    }

    /** Something every page shows changed (the sections' names in the menu, a department's name). */
    public void clear() {
        invalidate(page -> true);
    }

    /** A scheduled change is due at {@code when}: pages are checked against it then. */
    public void expectChangeAt(Instant when) {
        synchronized (this) {
            if (when.isBefore(nextScheduledChange)) {
                nextScheduledChange = when;
            }
        }
    }

    long size() {
        pages.cleanUp();
        searchPages.cleanUp();
        return pages.estimatedSize() + searchPages.estimatedSize();
    }

    /** Whether nothing was invalidated for this long (nor since the start). */
    boolean unchangedFor(java.time.Duration quiet) {
        return System.nanoTime() - lastChangeNanos > quiet.toNanos();
    }

    private void invalidate(Predicate<CachedPage> affected) {
        generation.incrementAndGet();
        lastChangeNanos = System.nanoTime();
        pages.asMap().values().removeIf(affected);
        searchPages.asMap().values().removeIf(affected);
    }

    /**
     * Applies the scheduled changes that came due since the last look. One request looks at a time, outside the lock,
     * while the others go on serving what is kept: when the database is slow or out of reach, the look waits for it,
     * kept pages do not (a release may then show up to a second late).
     */
    private void catchUpWithClock() {
        Instant now = clock.instant();
        if (now.isBefore(nextScheduledChange) && !now.isBefore(checkedUpTo)) {
            return;
        }
        Instant from;
        ScheduledChanges changes;
        synchronized (this) {
            if (now.isBefore(checkedUpTo)) {
                // The clock was set back: what was released in between is not released any more.
                clear();
                checkedUpTo = now;
                nextScheduledChange = Instant.MIN;
            }
            if (now.isBefore(nextScheduledChange)) {
                return;
            }
            changes = scheduledChanges.getIfAvailable();
            if (changes == null) {
                nextScheduledChange = Instant.MAX;
                return;
            }
            from = checkedUpTo;
            // Until this look is done, no other request starts one; changes expected meanwhile lower it again.
            nextScheduledChange = Instant.MAX;
        }
        Instant next;
        try {
            next = changes.applyDue(from, now).orElse(Instant.MAX);
        } catch (RuntimeException e) {
            log.warn("Could not look for scheduled releases: {}", e.toString());
            next = now.plusSeconds(1);
            now = from;
        }
        synchronized (this) {
            if (now.isAfter(checkedUpTo)) {
                checkedUpTo = now;
            }
            if (next.isBefore(nextScheduledChange)) {
                nextScheduledChange = next;
            }
        }
    }
}
