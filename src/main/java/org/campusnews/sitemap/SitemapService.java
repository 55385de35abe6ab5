package org.campusnews.sitemap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.sitemap.SitemapQueries.ActiveDepartment;
import org.campusnews.sitemap.SitemapQueries.ArchiveMonth;
import org.campusnews.sitemap.SitemapQueries.LanguageVersion;
import org.campusnews.sitemap.SitemapQueries.RangeVersion;
import org.campusnews.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sitemaps and robots.txt. The index and the sitemap of the site's other pages are small and kept by the page
 * cache; the articles' sitemaps (up to 50,000 addresses each) are streamed from the database as they are written,
 * with validators from one cheap query; the news sitemap (at most {@link #NEWS_LIMIT} addresses) is made in memory
 * for its entity tag, since it changes with the clock as well as with the articles.
 */
@Service
public class SitemapService {

    /** Google News reads articles of the last two days, and at most 1,000 addresses per sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int NEWS_LIMIT = 1_000;

    public static final String INDEX_PATH = "/sitemap.xml";
    public static final String PAGES_PATH = "/sitemap-pages.xml";
    public static final String NEWS_PATH = "/sitemap-news.xml";

    private static final Map<Language, String> NEWS_LANGUAGES = Map.of(Language.EN, "en", Language.ZH, "zh-cn");

    private final SitemapQueries queries;
    private final SiteAddress site;
    private final CampusNewsProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    SitemapService(SitemapQueries queries, SiteAddress site, CampusNewsProperties properties, MessageSource messages,
            Clock clock, PlatformTransactionManager transactions) {
        this.queries = queries;
        this.site = site;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The sitemap index: the pages' sitemap, the news sitemap and each range of articles that has visible ones. */
    @Transactional(readOnly = true)
    public void writeIndex(OutputStream out) throws IOException {
        List<RangeVersion> ranges = queries.rangesWithArticles(clock.instant());
        try (SitemapXml xml = SitemapXml.index(out, zone())) {
            xml.sitemap(site.of(PAGES_PATH), null);
            xml.sitemap(site.of(NEWS_PATH), null);
            for (RangeVersion range : ranges) {
                xml.sitemap(site.of(range.range().path()), range.lastModified());
            }
        }
    }

    /** The home pages, section pages, archive and department pages, each with its other language version. */
    @Transactional(readOnly = true)
    public void writePages(OutputStream out) throws IOException {
        Instant now = clock.instant();
        List<String> sections = queries.sectionSlugs();
        try (SitemapXml xml = SitemapXml.urlset(out, zone())) {
            bilingual(xml, language -> "/" + language.code() + "/");
            for (String slug : sections) {
                bilingual(xml, language -> "/" + language.code() + "/sections/" + slug);
            }
            writeArchiveAndDepartmentPages(xml, now);
        }
    }

    /**
     * The archive ({@code /{lang}/archive}, and {@code /{lang}/archive/{yyyy}/{mm}} for each month, in the site's time
     * zone, that has articles in that language) and the departments' pages ({@code /{lang}/departments}, and
     * {@code /{lang}/departments/{slug}} in each language in which the department published or translated an
     * article: the departments the list page shows).
     */
    private void writeArchiveAndDepartmentPages(SitemapXml xml, Instant now) throws IOException {
        bilingual(xml, language -> "/" + language.code() + "/archive");
        for (ArchiveMonth month : queries.archiveMonths(now, zone())) {
            String monthPath = "/%04d/%02d".formatted(month.month().getYear(), month.month().getMonthValue());
            versions(xml, month.languages(), language -> "/" + language.code() + "/archive" + monthPath);
        }
        bilingual(xml, language -> "/" + language.code() + "/departments");
        for (ActiveDepartment department : queries.activeDepartments(now)) {
            versions(xml, department.languages(),
                    language -> "/" + language.code() + "/departments/" + department.slug());
        }
    }

    /**
     * One range of articles: every language version of its visible articles. Empty when the range holds none, so
     * that the address answers 404.
     */
    public Optional<StreamedSitemap> articles(ArticleRange range) {
        Instant now = clock.instant();
        Optional<RangeVersion> version = readOnly.execute(status -> queries.rangeVersion(range, now));
        return version.map(found -> new StreamedSitemap(
                weakTag("articles", range.number(), found.visibleArticles(), found.allArticles(),
                        found.lastUpdate(), found.lastRelease()),
                found.lastModified().toEpochMilli(),
                out -> writeArticles(range, now, out)));
    }

    private void writeArticles(ArticleRange range, Instant now, OutputStream out) throws IOException {
        try {
            readOnly.executeWithoutResult(status -> {
                try (SitemapXml xml = SitemapXml.urlset(out, zone())) {
                    ArticleVersions article = new ArticleVersions();
                    queries.languageVersions(range, now, version -> {
                        if (!article.isOf(version.articleId())) {
                            writeArticle(xml, article);
                            article.clear();
                        }
                        article.add(version);
                    });
                    writeArticle(xml, article);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeArticle(SitemapXml xml, ArticleVersions article) throws IOException {
        if (article.isEmpty()) {
            return;
        }
        Language xDefault = article.defaultVersion(properties.defaultLanguage());
        for (LanguageVersion version : article.versions()) {
            xml.startUrl(site.of(articlePath(version.language(), version.articleId())), version.updatedAt());
            for (LanguageVersion alternate : article.versions()) {
                xml.alternate(alternate.language().htmlLang(), site.of(articlePath(alternate.language(), alternate.articleId())));
            }
            xml.alternate("x-default", site.of(articlePath(xDefault, version.articleId())));
            xml.endUrl();
        }
    }

    /**
     * The language versions released in the last two days, newest first, with the Google News fields. Made in memory
     * (it is bounded) so that its entity tag is that of its bytes: it changes when an article ages out, which no save
     * announces.
     */
    @Transactional(readOnly = true)
    public StreamedSitemap news() throws IOException {
        Instant now = clock.instant();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (SitemapXml xml = SitemapXml.newsUrlset(bytes, zone())) {
            queries.news(now.minus(NEWS_WINDOW), now, NEWS_LIMIT, item -> {
                xml.startUrl(site.of(articlePath(item.language(), item.articleId())), null);
                xml.news(siteName(item.language()), NEWS_LANGUAGES.get(item.language()), item.releaseTime(), item.title());
                xml.endUrl();
            });
        }
        byte[] body = bytes.toByteArray();
        return new StreamedSitemap(weakTag(HexFormat.of().formatHex(sha256(body), 0, 12)), -1, out -> out.write(body));
    }

    /** Crawlers stay out of the staff pages and the sign-in (previews are staff pages), and find the sitemap. */
    public String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /login

                Sitemap: %s
                """.formatted(site.of(INDEX_PATH));
    }

    private void bilingual(SitemapXml xml, Function<Language, String> path) throws IOException {
        versions(xml, EnumSet.allOf(Language.class), path);
    }

    /** One address per language version, each naming all of them and the default language's as x-default. */
    private void versions(SitemapXml xml, Set<Language> languages, Function<Language, String> path) throws IOException {
        if (languages.isEmpty()) {
            return;
        }
        List<Language> existing = List.copyOf(EnumSet.copyOf(languages));
        Language xDefault = languages.contains(properties.defaultLanguage()) ? properties.defaultLanguage()
                : existing.get(0);
        for (Language language : existing) {
            xml.startUrl(site.of(path.apply(language)), null);
            for (Language alternate : existing) {
                xml.alternate(alternate.htmlLang(), site.of(path.apply(alternate)));
            }
            xml.alternate("x-default", site.of(path.apply(xDefault)));
            xml.endUrl();
        }
    }

    private String siteName(Language language) {
        return messages.getMessage("site.name", null, language.locale());
    }

    private ZoneId zone() {
        return properties.timeZone();
    }

    private static String articlePath(Language language, long id) {
        return "/" + language.code() + "/articles/" + id;
    }

    private String weakTag(Object... parts) {
        StringBuilder text = new StringBuilder(site.of("/")).append('|').append(zone());
        for (Object part : parts) {
            text.append('|').append(part);
        }
        return "W/\"" + HexFormat.of().formatHex(sha256(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 12) + "\"";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
