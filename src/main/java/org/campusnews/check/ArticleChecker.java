package org.campusnews.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.campusnews.article.Article;
import org.campusnews.article.ArticleTranslation;
import org.campusnews.article.CheckFinding;
import org.campusnews.article.CheckSeverity;
import org.campusnews.article.CheckedField;
import org.campusnews.article.web.TitleAbbreviator;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.campusnews.media.Media;
import org.campusnews.media.MediaReferences;
import org.campusnews.media.MediaRepository;
import org.campusnews.media.MediaSizes;
import org.campusnews.web.MetaDescription;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Runs the pre-publishing checks over an article's language versions: the news office's sensitive words and personal
 * data in titles, summaries and body text; images in the bodies without a description, too large or without resized
 * versions; empty versions; summaries longer than the meta description and titles longer than Previous/Next show;
 * and the stored results of the bodies' links (checked in the background, see {@link LinkCheckQueue}).
 */
@Component
class ArticleChecker {

    /** A key part longer than this (or personal data) is kept as a hash. */
    private static final int LONGEST_KEY_PART = 100;

    private final SensitiveWordMatcher words;
    private final MediaRepository media;
    private final LinkResults links;
    private final LinkCheckQueue queue;
    private final Clock clock;
    private final CampusNewsProperties.Images images;
    private final int maxLinks;
    private final String siteHost;

    /**
     * What the checks found, without any override.
     *
     * @param dueLinks the bodies' links to check (again) in the background
     */
    record Checked(List<CheckFinding> findings, Set<String> dueLinks, int linksPending) {
    }

    ArticleChecker(SensitiveWordMatcher words, MediaRepository media, LinkResults links, LinkCheckQueue queue,
            Clock clock, CampusNewsProperties properties) {
        this.words = words;
        this.media = media;
        this.links = links;
        this.queue = queue;
        this.clock = clock;
        this.images = properties.checks().images();
        this.maxLinks = properties.checks().links().maxPerArticle();
        this.siteHost = hostOf(properties.site().url());
    }

    Checked check(Article article) {
        Findings findings = new Findings();
        Map<Language, Element> bodies = new LinkedHashMap<>();
        List<ArticleTranslation> versions = article.getTranslations().stream()
                .sorted(Comparator.comparing(ArticleTranslation::getLanguage)).toList();
        for (ArticleTranslation version : versions) {
            bodies.put(version.getLanguage(), Jsoup.parseBodyFragment(version.getBody() == null ? "" : version.getBody()).body());
        }
        Map<String, Media> known = knownImages(bodies.values());
        LocalDate today = LocalDate.now(clock);
        Set<String> allLinks = new LinkedHashSet<>();
        Map<Language, List<BodyLink>> linksByVersion = new LinkedHashMap<>();
        for (ArticleTranslation version : versions) {
            Language language = version.getLanguage();
            Element body = bodies.get(language);
            String title = version.getTitle() == null ? "" : version.getTitle();
            text(findings, language, CheckedField.TITLE, title, today);
            length(findings, language, CheckedField.TITLE, CheckKind.TITLE_TOO_LONG, title, TitleAbbreviator.MAX_LENGTH);
            if (version.getSummary() != null) {
                text(findings, language, CheckedField.SUMMARY, version.getSummary(), today);
                length(findings, language, CheckedField.SUMMARY, CheckKind.SUMMARY_TOO_LONG, version.getSummary(),
                        MetaDescription.LENGTH);
            }
            String bodyText = body.text();
            if (isBlank(bodyText) && body.select("img").isEmpty()) {
                findings.add(CheckKind.EMPTY_VERSION, CheckSeverity.WARN, language, CheckedField.BODY, "",
                        Excerpt.just(""), "", "");
            }
            text(findings, language, CheckedField.BODY, bodyText, today);
            images(findings, language, body, known);
            List<BodyLink> found = links(findings, language, body);
            linksByVersion.put(language, found);
            found.forEach(link -> allLinks.add(link.url()));
        }
        Set<String> checked = allLinks.stream().limit(maxLinks).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, LinkResult> results = links.of(checked);
        int pending = linkFindings(findings, linksByVersion, checked, results);
        Set<String> due = checked.stream().filter(url -> queue.isDue(results.get(url)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Checked(findings.list(), due, pending);
    }

    /** Sensitive words and personal data in one field's text. */
    private void text(Findings findings, Language language, CheckedField field, String text, LocalDate today) {
        FoldedText folded = FoldedText.of(text);
        for (SensitiveWordMatcher.Match match : words.find(folded.folded())) {
            findings.add(CheckKind.SENSITIVE_WORD, match.severity(), language, field, keyPart(match.word()),
                    excerpt(folded, match.start(), match.end()), "", "");
        }
        for (PersonalData.Match match : PersonalData.in(folded.folded(), today)) {
            findings.add(match.kind(), CheckSeverity.WARN, language, field, hashed(match.value()),
                    excerpt(folded, match.start(), match.end()), "", "");
        }
    }

    private static void length(Findings findings, Language language, CheckedField field, CheckKind kind, String text,
            int limit) {
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            findings.add(kind, CheckSeverity.WARN, language, field, "", Excerpt.beyond(text, limit),
                    Integer.toString(length), Integer.toString(limit));
        }
    }

    private void images(Findings findings, Language language, Element body, Map<String, Media> known) {
        for (Element image : body.select("img")) {
            String src = image.attr("src").strip();
            String key = keyPart(src);
            if (isBlank(image.attr("alt"))) {
                findings.add(CheckKind.IMAGE_WITHOUT_ALT, CheckSeverity.WARN, language, CheckedField.BODY, key,
                        Excerpt.just(src), "", "");
            }
            String hash = MediaReferences.hashOf(src);
            Media file = hash == null ? null : known.get(hash);
            if (file == null || file.isAnimated()) {
                findings.add(CheckKind.IMAGE_WITHOUT_RENDITION, CheckSeverity.WARN, language, CheckedField.BODY, key,
                        Excerpt.just(src), "", "");
                continue;
            }
            long pixels = (long) file.getWidth() * file.getHeight();
            if (file.getSizeBytes() > images.maxSize().toBytes()) {
                findings.add(CheckKind.IMAGE_TOO_LARGE, CheckSeverity.WARN, language, CheckedField.BODY, key,
                        Excerpt.just(file.getOriginalName()), MediaSizes.format(file.getSizeBytes()),
                        MediaSizes.format(images.maxSize().toBytes()));
            } else if (pixels > images.maxPixels()) {
                findings.add(CheckKind.IMAGE_TOO_LARGE, CheckSeverity.WARN, language, CheckedField.BODY, key,
                        Excerpt.just(file.getOriginalName()), file.getWidth() + " × " + file.getHeight() + " px",
                        String.format(Locale.ROOT, "%,d px", images.maxPixels()));
            }
        }
    }

    private record BodyLink(String url, String text) {
    }

    /** The bodies' links to other sites, to be checked; a link that is not a valid address is reported at once. */
    private List<BodyLink> links(Findings findings, Language language, Element body) {
        List<BodyLink> found = new ArrayList<>();
        for (Element anchor : body.select("a[href]")) {
            String href = anchor.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http:") && !lower.startsWith("https:")) {
                continue; // the site's own pages, fragments, mailto: (the sanitizer allows no other scheme)
            }
            try {
                URI uri = new URI(href);
                if (uri.getHost() == null) {
                    throw new URISyntaxException(href, "no host");
                }
                if (uri.getHost().equalsIgnoreCase(siteHost)) {
                    continue;
                }
                String url = uri.toASCIIString();
                int fragment = url.indexOf('#');
                url = fragment < 0 ? url : url.substring(0, fragment);
                if (url.length() > 2000) {
                    throw new URISyntaxException(href, "too long");
                }
                found.add(new BodyLink(url, anchor.text()));
            } catch (URISyntaxException malformed) {
                findings.add(CheckKind.LINK_MALFORMED, CheckSeverity.WARN, language, CheckedField.BODY, keyPart(href),
                        Excerpt.just(href), "", "");
            }
        }
        return found;
    }

    /** Reports the links whose stored result is not OK; answers how many have no result yet. */
    private int linkFindings(Findings findings, Map<Language, List<BodyLink>> byVersion, Set<String> checked,
            Map<String, LinkResult> results) {
        Set<String> pending = new LinkedHashSet<>();
        byVersion.forEach((language, found) -> {
            for (BodyLink link : found) {
                if (!checked.contains(link.url())) {
                    continue;
                }
                LinkResult result = results.get(link.url());
                if (queue.isEnabled() && (result == null || queue.isQueued(link.url()) && result.outcome() == LinkOutcome.OK)) {
                    pending.add(link.url());
                }
                if (result != null && result.outcome().kind() != null) {
                    findings.add(result.outcome().kind(), CheckSeverity.WARN, language, CheckedField.BODY,
                            hashed(link.url()), new Excerpt(link.text().isBlank() ? "" : link.text() + " → ", link.url(), ""),
                            result.status() == 0 ? "" : Integer.toString(result.status()), "");
                }
            }
        });
        return pending.size();
    }

    private Map<String, Media> knownImages(Iterable<Element> bodies) {
        Set<String> hashes = new LinkedHashSet<>();
        for (Element body : bodies) {
            for (Element image : body.select("img[src]")) {
                String hash = MediaReferences.hashOf(image.attr("src"));
                if (hash != null) {
                    hashes.add(hash);
                }
            }
        }
        if (hashes.isEmpty()) {
            return Map.of();
        }
        return media.findBySha256In(hashes).stream().filter(Media::isImage)
                .collect(Collectors.toMap(Media::getSha256, Function.identity(), (a, b) -> a));
    }

    private static Excerpt excerpt(FoldedText text, int start, int end) {
        return Excerpt.of(text.original(), text.originalStart(start), text.originalEnd(end));
    }

    /** Whether a text has nothing to read: only white space (no-break spaces too) and invisible format characters. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static String keyPart(String value) {
        return value.codePointCount(0, value.length()) <= LONGEST_KEY_PART && value.indexOf('|') < 0 ? value : hashed(value);
    }

    private static String hashed(String value) {
        return "#" + LinkResults.hash(value).substring(0, 32);
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    /** The findings in order, one per key, counting how often each was found. */
    private static final class Findings {

        private final Map<String, CheckFinding> byKey = new LinkedHashMap<>();

        void add(CheckKind kind, CheckSeverity severity, Language language, CheckedField field, String keyPart,
                Excerpt excerpt, String detail, String limit) {
            String key = kind.name() + "|" + language.code() + "|" + field.formName() + (keyPart.isEmpty() ? "" : "|" + keyPart);
            CheckFinding earlier = byKey.get(key);
            if (earlier != null) {
                byKey.put(key, new CheckFinding(0, key, earlier.kind(), earlier.severity(), language, field,
                        earlier.before(), earlier.match(), earlier.after(), earlier.detail(), earlier.limit(),
                        earlier.occurrences() + 1, null));
                return;
            }
            byKey.put(key, new CheckFinding(0, key, kind.name(), severity, language, field, excerpt.before(),
                    excerpt.match(), excerpt.after(), detail, limit, 1, null));
        }

        List<CheckFinding> list() {
            return byKey.values().stream()
                    .sorted(Comparator.comparing(CheckFinding::language).thenComparing(CheckFinding::field)
                            .thenComparing(CheckFinding::severity))
                    .toList();
        }
    }
}
