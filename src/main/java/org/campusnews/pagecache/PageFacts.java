package org.campusnews.pagecache;

import java.util.Collection;

/**
 * What a kept page shows, as far as invalidation needs to know.
 *
 * @param subjectId the article of an article page, the section of a section page
 * @param sectionId the section it belongs to (0 for the home page)
 * @param shownArticles the other articles whose titles or links it shows
 * @param count the live browse count of an article page, null for lists
 * @param renderedCount the count the response being rendered shows
 */
record PageFacts(PageKind kind, long subjectId, long sectionId, Collection<Long> shownArticles, LiveCount count,
        long renderedCount) {
}
