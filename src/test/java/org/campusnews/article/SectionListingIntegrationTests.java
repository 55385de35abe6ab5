package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class SectionListingIntegrationTests extends IntegrationTest {

    @Autowired
    SectionListing listing;

    @Autowired
    ArticleService articleService;

    @Autowired
    TransactionTemplate transaction;

    private Section section;
    private Department department;

    @BeforeEach
    void createSection() {
        section = content.section();
        department = content.department();
    }

    @Test
    void countsOnlyReleasedUnpinnedArticlesOfTheLanguage() {
        content.article(section, department).en("One").zh("一").save();
        content.article(section, department).en("Two").save();
        content.article(section, department).zh("三").save();
        content.article(section, department).en("Pinned").pinned().save();
        content.article(section, department).en("Future").releasedAt(content.now().plus(Duration.ofDays(2))).save();
        content.article(section, department).en("Draft").draft().save();

        assertThat(inTransaction(() -> listing.unpinnedCount(section.getId(), Language.EN, content.now()))).isEqualTo(2);
        assertThat(inTransaction(() -> listing.unpinnedCount(section.getId(), Language.ZH, content.now()))).isEqualTo(2);
    }

    @Test
    void futureArticleJoinsTheListOnceItsReleaseTimeHasCome() {
        Instant inOneHour = content.now().plus(Duration.ofHours(1));
        content.article(section, department).en("Earlier").releasedHoursAgo(2).save();
        content.article(section, department).en("Scheduled").releasedAt(inOneHour).save();

        assertThat(titlesAt(content.now())).containsExactly("Earlier");
        assertThat(titlesAt(inOneHour.plusSeconds(1))).containsExactly("Scheduled", "Earlier");
    }

    @Test
    void changingAReleaseTimeMovesTheArticleInTheList() {
        Article first = content.article(section, department).en("First").releasedHoursAgo(30).save();
        content.article(section, department).en("Second").releasedHoursAgo(20).save();
        content.article(section, department).en("Third").releasedHoursAgo(10).save();
        assertThat(titlesAt(content.now())).containsExactly("Third", "Second", "First");

        Article reloaded = transaction.execute(status -> {
            Article article = articleService.read(first.getId(), Language.EN, false).orElseThrow().article();
            return article;
        });
        reloaded.setReleaseTime(content.now().minus(Duration.ofHours(1)));
        articleService.save(reloaded);

        assertThat(titlesAt(content.now())).containsExactly("First", "Third", "Second");
    }

    @Test
    void pagesAreContiguousRangesOfTheList() {
        content.bulkPublish(section, department, 45);

        ArticleService.ListPage first = articleService.sectionPage(section, Language.EN, 1).orElseThrow();
        ArticleService.ListPage third = articleService.sectionPage(section, Language.EN, 3).orElseThrow();

        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.articles()).hasSize(20);
        assertThat(third.articles()).hasSize(5);
        assertThat(first.articles()).isSortedAccordingTo((a, b) -> b.releaseTime().compareTo(a.releaseTime()));
        assertThat(articleService.sectionPage(section, Language.EN, 4)).isEmpty();
        assertThat(articleService.sectionPage(section, Language.EN, 0)).isEmpty();
    }

    @Test
    void neighboursFollowTheListOrder() {
        Article pinned = content.article(section, department).en("Pinned").pinned().releasedHoursAgo(50).save();
        Article newer = content.article(section, department).en("Newer").releasedHoursAgo(10).save();
        Article older = content.article(section, department).en("Older").releasedHoursAgo(20).save();

        Neighbours ofPinned = neighbours(pinned);
        Neighbours ofNewer = neighbours(newer);
        Neighbours ofOlder = neighbours(older);

        assertThat(ofPinned.previous()).isEmpty();
        assertThat(ofPinned.next()).contains(new ArticleLink(newer.getId(), "Newer"));
        assertThat(ofNewer.previous()).contains(new ArticleLink(pinned.getId(), "Pinned"));
        assertThat(ofNewer.next()).contains(new ArticleLink(older.getId(), "Older"));
        assertThat(ofOlder.previous()).contains(new ArticleLink(newer.getId(), "Newer"));
        assertThat(ofOlder.next()).isEmpty();
    }

    private Neighbours neighbours(Article article) {
        return inTransaction(() -> listing.neighbours(article.getId(), section.getId(), Language.EN, content.now()));
    }

    private List<String> titlesAt(Instant now) {
        return inTransaction(() -> {
            int count = listing.unpinnedCount(section.getId(), Language.EN, now);
            return listing.unpinnedPage(section.getId(), Language.EN, count, 1).stream().map(ListedArticle::title).toList();
        });
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
