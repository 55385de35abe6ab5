package org.campusnews.article;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;

import org.campusnews.i18n.Language;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.section.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public door to articles: what visitors' pages read (an article with its neighbours and live view count, a
 * section's numbered pages, the latest of each section for the home page) and what the kept public pages need to
 * know to be dropped in time. It also stores articles written by the system rather than by staff (demo content,
 * imports). Staff work goes through {@link ArticleAdminService}.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final SectionListing listing;
    private final BrowseCounter browseCounter;
    private final Revisions revisions;
    private final Clock clock;
    private final ArticleChanges changes;

    ArticleService(ArticleRepository articles, SectionListing listing, BrowseCounter browseCounter, Revisions revisions,
            Clock clock, ArticleChanges changes) {
        this.articles = articles;
        this.listing = listing;
        this.browseCounter = browseCounter;
        this.revisions = revisions;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * Stores an article written by the system rather than by a signed-in person (imports, demo content), keeps its
     * first revision and brings its section's public list up to date.
     */
    @Transactional
    public Article save(Article article) {
        article.touch(clock.instant());
        Article saved = articles.save(article);
        listing.refresh(saved.getSection().getId(), saved.getId());
        revisions.keep(saved, null, StoredMessage.of("revision.note.imported"));
        changes.announce(saved.getId());
        return saved;
    }

    /**
     * One numbered page (from 1) of a section's list: page 1 starts with the pinned articles. Empty when the page
     * lies beyond the last one; page 1 always exists, if only to say that there is nothing yet.
     */
    @Transactional(readOnly = true)
    public Optional<ListPage> sectionPage(Section section, Language language, int page) {
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

    /** The live count of an article's views, for a page shown again without reading the article. */
    public ViewCount viewCount(long articleId) {
        LongSupplier stored = () -> articles.browseCount(articleId).orElse(0L);
        return new ViewCount() {
            @Override
            public long countView() {
                return browseCounter.countView(articleId, stored);
            }

            @Override
            public long current() {
                return browseCounter.current(articleId, stored);
            }
        };
    }

    /**
     * A view that a program reports for a public article it showed: the count including it or, when it is not
     * counted (a crawler's), the count now; empty when the article does not exist or is not public.
     */
    @Transactional(readOnly = true)
    public OptionalLong reportView(long articleId, boolean counts) {
        Instant now = clock.instant();
        Optional<Article> found = articles.findById(articleId).filter(article -> article.isVisibleAt(now));
        if (found.isEmpty()) {
            return OptionalLong.empty();
        }
        ViewCount count = viewCount(articleId);
        return OptionalLong.of(counts ? count.countView() : count.current());
    }

    /** The articles listed next to this one now, in every language; empty when it is not listed. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public Set<Long> neighbourIds(long articleId) {
        Set<Long> ids = new HashSet<>();
        Instant now = clock.instant();
        articles.findById(articleId).ifPresent(article -> {
            for (Language language : Language.values()) {
                Neighbours neighbours = listing.neighbours(articleId, article.getSection().getId(), language, now);
                neighbours.previous().ifPresent(link -> ids.add(link.id()));
                neighbours.next().ifPresent(link -> ids.add(link.id()));
            }
        });
        return ids;
    }

    /** Articles whose scheduled release time came in (after, upTo]. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public List<PublicArticleChanged> releasedBetween(Instant after, Instant upTo) {
        return listing.releasedBetween(after, upTo);
    }

    /** When the next scheduled article appears, if one is scheduled. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> nextReleaseAfter(Instant now) {
        return listing.nextReleaseAfter(now);
    }

    /** Brings a section's public list up to date after its articles were changed outside this service. */
    @Transactional
    public void refreshListing(Section section) {
        listing.refresh(section.getId());
    }

    /**
     * The public view of an article: empty when it does not exist or is not (yet) published. A shown page counts
     * as a view when {@code countView} is set.
     */
    @Transactional(readOnly = true)
    public Optional<ArticleReading> read(long id, Language language, boolean countView) {
        Instant now = clock.instant();
        Optional<Article> found = articles.findWithDetails(id).filter(article -> article.isVisibleAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        Optional<ArticleTranslation> translation = article.translation(language);
        if (translation.isEmpty()) {
            return article.translation(language.other())
                    .map(existing -> new ArticleReading.OnlyInOtherLanguage(article, existing));
        }
        long browseCount = countView ? browseCounter.countView(id, article::getBrowseCount)
                : browseCounter.current(id, article::getBrowseCount);
        Neighbours neighbours = listing.neighbours(id, article.getSection().getId(), language, now);
        return Optional.of(new ArticleReading.Shown(article, translation.get(), browseCount, neighbours, viewCount(id)));
    }

    /**
     * The version of an article in this language as far as visitors may read it now: empty when the article does not
     * exist, is not (yet) published or has no version in that language. Counts no view.
     */
    @Transactional(readOnly = true)
    public Optional<PublicVersion> publicVersion(long id, Language language) {
        Instant now = clock.instant();
        return articles.findById(id)
                .filter(article -> article.isVisibleAt(now) && article.translation(language).isPresent())
                .map(article -> new PublicVersion(id, article.getSection().getId(), language));
    }

    /** One page of a section's list: the pinned articles (on page 1 only), then one page of the others. */
    public record ListPage(List<ListedArticle> pinned, List<ListedArticle> articles, int page, int totalPages) {

        public boolean isEmpty() {
            return pinned.isEmpty() && articles.isEmpty();
        }
    }
}
