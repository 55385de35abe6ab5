package org.campusnews.article;

import org.campusnews.i18n.Language;

/**
 * Which articles the staff list shows, and in which order. {@code text} searches their title, summary and text as the
 * site search does, in the chosen language's version when {@code language} is given. Authors only ever see their
 * departments' articles, whatever the filter says; only administrators see deleted ones.
 *
 * @param sort the order chosen; null for the default: the best matches first when searching, else the last changed
 */
public record ArticleFilter(
        ArticleStatus status,
        ReviewLevel level,
        Long sectionId,
        Long departmentId,
        Language language,
        String text,
        boolean deleted,
        SortKey sort,
        boolean ascending) {

    public enum SortKey {
        UPDATED,
        RELEASE,
        ID,
        /** Title matches first, then by rank; only when searching, always best first. */
        RELEVANCE
    }

    /** Whether the list is searched for a text. */
    public boolean searches() {
        return text != null && !text.isBlank();
    }

    /** The order the list is in: the chosen one, or the default; by relevance only when searching. */
    public SortKey order() {
        if (sort == null || sort == SortKey.RELEVANCE) {
            return searches() ? SortKey.RELEVANCE : SortKey.UPDATED;
        }
        return sort;
    }
}
