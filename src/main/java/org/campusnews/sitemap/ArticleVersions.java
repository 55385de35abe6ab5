package org.campusnews.sitemap;

import java.util.ArrayList;
import java.util.List;

import org.campusnews.i18n.Language;
import org.campusnews.sitemap.SitemapQueries.LanguageVersion;

/** The language versions of the article being written, gathered from consecutive rows (at most one per language). */
final class ArticleVersions {

    private final List<LanguageVersion> versions = new ArrayList<>(Language.values().length);

    boolean isOf(long articleId) {
        return versions.isEmpty() || versions.get(0).articleId() == articleId;
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    void add(LanguageVersion version) {
        versions.add(version);
    }

    void clear() {
        versions.clear();
    }

    List<LanguageVersion> versions() {
        return versions;
    }

    /** The x-default version: the original one, else the site's default language, else the one there is. */
    Language defaultVersion(Language siteDefault) {
        for (LanguageVersion version : versions) {
            if (version.original()) {
                return version.language();
            }
        }
        for (LanguageVersion version : versions) {
            if (version.language() == siteDefault) {
                return siteDefault;
            }
        }
        return versions.get(0).language();
    }
}
