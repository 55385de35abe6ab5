package org.campusnews.article;

import org.campusnews.i18n.Language;

/** A language version of an article that visitors may read now, with the section that lists it. */
public record PublicVersion(long articleId, long sectionId, Language language) {
}
