package org.campusnews.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link PageMeta} of public pages: the addresses from {@link SiteAddress}, the site's name from the
 * messages, the versions in other languages only where they exist, and {@code x-default} pointing at the version a
 * visitor without a preference gets.
 */
@Component
public class PageMetadata {

    private final SiteAddress site;
    private final MessageSource messages;
    private final Language defaultLanguage;

    PageMetadata(SiteAddress site, MessageSource messages, CampusNewsProperties properties) {
        this.site = site;
        this.messages = messages;
        this.defaultLanguage = properties.defaultLanguage();
    }

    /**
     * A page shown in {@code language}, reached in each language at the path {@code pathIn} gives; by default it
     * exists in every language.
     */
    public Builder page(Language language, Function<Language, String> pathIn) {
        return new Builder(language, pathIn);
    }

    public SiteAddress site() {
        return site;
    }

    /** The site's name in a language, as the messages give it. */
    public String siteName(Language language) {
        return messages.getMessage("site.name", null, language.locale());
    }

    /** The university that publishes the site, named in a language. */
    public String publisherName(Language language) {
        return messages.getMessage("site.publisher", null, language.locale());
    }

    /** A message of the site in a language. */
    public String message(String code, Language language, Object... arguments) {
        return messages.getMessage(code, arguments, language.locale());
    }

    /** What the site's menu calls the home page, in a language. */
    public String homeName(Language language) {
        return messages.getMessage("nav.home", null, language.locale());
    }

    /** Open Graph's form of a language: {@code en_US}, {@code zh_CN}. */
    static String ogLocale(Language language) {
        return language == Language.ZH ? "zh_CN" : "en_US";
    }

    public final class Builder {

        private final Language language;
        private final Function<Language, String> pathIn;
        private Set<Language> versions = EnumSet.allOf(Language.class);
        private Language xDefault = defaultLanguage;
        private String title;
        private String description;
        private PageMeta.Image image;
        private String type = "website";
        private String publishedTime;
        private String modifiedTime;
        private String section;
        private final List<String> structuredData = new ArrayList<>();
        private boolean noIndex;

        private Builder(Language language, Function<Language, String> pathIn) {
            this.language = language;
            this.pathIn = pathIn;
        }

        /** The languages the page exists in, and the one {@code x-default} points to. */
        public Builder versions(Set<Language> existing, Language preferred) {
            this.versions = EnumSet.copyOf(existing);
            this.versions.add(language);
            this.xDefault = versions.contains(preferred) ? preferred : language;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The picture for shared links, from a path of the site. */
        public Builder image(String path, int width, int height, String alt) {
            this.image = new PageMeta.Image(site.of(path), width, height, alt);
            return this;
        }

        /** An article: when it was released and last changed (ISO 8601 with offset), and its section's name. */
        public Builder article(String published, String modified, String sectionName) {
            this.type = "article";
            this.publishedTime = published;
            this.modifiedTime = modified;
            this.section = sectionName;
            return this;
        }

        /** A JSON-LD document, as {@link StructuredData} writes it. */
        public Builder structuredData(String json) {
            structuredData.add(json);
            return this;
        }

        public Builder noIndex() {
            this.noIndex = true;
            return this;
        }

        public String url() {
            return site.of(pathIn.apply(language));
        }

        public String urlIn(Language other) {
            return site.of(pathIn.apply(other));
        }

        public PageMeta build() {
            List<PageMeta.Alternate> alternates = new ArrayList<>();
            if (versions.size() > 1) {
                for (Language version : Language.values()) {
                    if (versions.contains(version)) {
                        alternates.add(new PageMeta.Alternate(version.htmlLang(), urlIn(version)));
                    }
                }
                alternates.add(new PageMeta.Alternate("x-default", urlIn(xDefault)));
            }
            List<String> alternateLocales = versions.stream().filter(version -> version != language)
                    .map(PageMetadata::ogLocale).toList();
            PageMeta.OpenGraph openGraph = new PageMeta.OpenGraph(type, title, siteName(language), ogLocale(language),
                    alternateLocales, image, publishedTime, modifiedTime, section);
            return new PageMeta(url(), List.copyOf(alternates), description, openGraph, List.copyOf(structuredData),
                    noIndex);
        }
    }
}
