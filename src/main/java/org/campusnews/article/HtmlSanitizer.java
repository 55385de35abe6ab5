package org.campusnews.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans article bodies written by staff against an allow-list before they are stored: what is stored is what is
 * shown. No script, no event handlers, no styles, no {@code javascript:} or {@code data:} URLs, no control characters.
 */
@Component
class HtmlSanitizer {

    private static final Safelist ARTICLE_BODY = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s")
            .addAttributes("a", "title", "target", "rel")
            .addAttributes("img", "loading")
            .addAttributes("td", "rowspan", "colspan")
            .addAttributes("th", "rowspan", "colspan", "scope")
            .addAttributes("table", "summary")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    /** The base that makes site-relative links (such as {@code /media/…}) acceptable to the allow-list. */
    private static final String SITE_BASE = "https://site.invalid";

    public String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(withoutControlCharacters(html), SITE_BASE);
        Document clean = new Cleaner(ARTICLE_BODY).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().replace(SITE_BASE, "");
    }

    /** Control characters (NUL among them, which the database cannot store) other than tab and line breaks. */
    private static String withoutControlCharacters(String html) {
        StringBuilder kept = new StringBuilder(html.length());
        html.codePoints().filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
