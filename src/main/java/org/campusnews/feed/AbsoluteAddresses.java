package org.campusnews.feed;

import java.util.StringJoiner;

import org.campusnews.web.SiteAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article body as a feed carries it: feed readers show it away from the site, so every address of the site in it
 * ({@code /media/…} images and their renditions, links to other articles) is made absolute.
 */
final class AbsoluteAddresses {

    private AbsoluteAddresses() {
    }

    static String in(String html, SiteAddress site) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("[href], [src], [poster]")) {
            for (String attribute : new String[] {"href", "src", "poster"}) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, absolute(element.attr(attribute), site));
                }
            }
        }
        for (Element element : document.select("[srcset]")) {
            StringJoiner candidates = new StringJoiner(", ");
            for (String candidate : element.attr("srcset").split(",")) {
                String trimmed = candidate.strip();
                int space = trimmed.indexOf(' ');
                candidates.add(space < 0 ? absolute(trimmed, site)
                        : absolute(trimmed.substring(0, space), site) + trimmed.substring(space));
            }
            element.attr("srcset", candidates.toString());
        }
        return document.body().html();
    }

    private static String absolute(String address, SiteAddress site) {
        String trimmed = address.strip();
        return trimmed.startsWith("/") && !trimmed.startsWith("//") ? site.of(trimmed) : address;
    }
}
