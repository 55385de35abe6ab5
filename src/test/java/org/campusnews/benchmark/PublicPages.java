package org.campusnews.benchmark;

import java.sql.SQLException;
import java.util.List;

/**
 * The public pages that are measured, chosen in the loaded content. To measure another page (search, feeds, the JSON
 * API …), add it to {@link #pages}.
 *
 * @param articleId the article whose page is measured, a recent one in a hot section with both Previous and Next
 * @param deepPage the deep section page measured: page 500, or the section's last page when it has fewer
 * @param pages what is measured, in order
 */
record PublicPages(long articleId, int deepPage, List<Page> pages) {

    static final String SECTION = "notices";
    static final String LANGUAGE = "en";
    private static final int DEEP_PAGE = 500;
    private static final int PAGE_SIZE = 20;
    /** How many newer articles the measured one has in its section: it is recent, and it has neighbours. */
    private static final int NEWER_ARTICLES = 10;

    static PublicPages choose(BenchmarkDatabase database) throws SQLException {
        long articleId = database.queryForLong("""
                select l.article_id
                from section_listing l
                join section s on s.id = l.section_id
                where s.slug = '%s' and l.lang = '%s' and not l.pinned and l.release_time <= now()
                  and exists (select 1 from article_translation t where t.article_id = l.article_id and t.lang <> l.lang)
                order by l.position desc
                offset %d limit 1""".formatted(SECTION, LANGUAGE, NEWER_ARTICLES));
        long listed = database.queryForLong("""
                select count(*) from section_listing l join section s on s.id = l.section_id
                where s.slug = '%s' and l.lang = '%s' and not l.pinned and l.release_time <= now()"""
                .formatted(SECTION, LANGUAGE));
        int lastPage = (int) Math.max(1, (listed + PAGE_SIZE - 1) / PAGE_SIZE);
        int deepPage = Math.min(DEEP_PAGE, lastPage);
        String section = "/" + LANGUAGE + "/sections/" + SECTION;
        return new PublicPages(articleId, deepPage, List.of(
                new Page("article", "/" + LANGUAGE + "/articles/" + articleId),
                new Page("home", "/" + LANGUAGE + "/"),
                new Page("section page 1", section),
                new Page("section page " + deepPage, section + "?page=" + deepPage),
                new Page("site feed (RSS)", "/" + LANGUAGE + "/feed.rss"),
                new Page("sitemap index", "/sitemap.xml"),
                new Page("API list", "/api/v1/articles?lang=" + LANGUAGE),
                new Page("API article", "/api/v1/articles/" + articleId + "?lang=" + LANGUAGE)));
    }

    Page article() {
        return pages.get(0);
    }

    /** Why the deep page is not page 500, or empty. */
    String deepPageNote() {
        return deepPage == DEEP_PAGE ? ""
                : "%s has %d pages of %d in %s, fewer than %d: its last page was measured (pinned articles are on page 1 only)"
                        .formatted(SECTION, deepPage, PAGE_SIZE, LANGUAGE, DEEP_PAGE);
    }
}
