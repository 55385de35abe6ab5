package org.campusnews.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final SectionListing listing;
    private final BrowseCounter browseCounter;
    private final Revisions revisions;
    private final Clock clock;

    ArticleService(ArticleRepository articles, SectionListing listing, BrowseCounter browseCounter, Revisions revisions,
            Clock clock) {
        this.articles = articles;
        this.listing = listing;
        this.browseCounter = browseCounter;
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Stores an article written by the system rather than by a signed-in person (imports, demo content), keeps its
     * first revision and brings its section's public list up to date.
     */
    @Transactional
    public Article save(Article article) {
        article.touch(clock.instant());
        Article saved = articles.save(article);
        listing.refresh(saved.getSection().getId());
        revisions.keep(saved, null, "imported");
        return saved;
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
    @Transactional
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
        long browseCount = countView ? browseCounter.countView(id) : article.getBrowseCount();
        Neighbours neighbours = listing.neighbours(id, article.getSection().getId(), language, now);
        return Optional.of(new ArticleReading.Shown(article, translation.get(), browseCount, neighbours));
    }
}
