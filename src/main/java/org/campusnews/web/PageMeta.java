package org.campusnews.web;

import java.util.List;

/**
 * What a public page tells search engines and social apps about itself, in its {@code <head>}: one canonical
 * address, the addresses of its versions in other languages, a description, Open Graph and Twitter card data, and
 * structured data (JSON-LD) already written as JSON that is safe inside a {@code <script>} element.
 *
 * @param alternates the language versions that exist, this one included, then {@code x-default}; none for a page
 *        that exists in one language only
 * @param description null when the page has nothing to describe it
 * @param noIndex whether search engines are asked not to index the page (its links are still followed)
 */
public record PageMeta(
        String canonical,
        List<Alternate> alternates,
        String description,
        OpenGraph openGraph,
        List<String> structuredData,
        boolean noIndex) {

    /** An {@code <link rel="alternate" hreflang>}. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * Open Graph properties ({@code og:*}, {@code article:*}); the Twitter card is made from the same values.
     *
     * @param image null when the page has no picture of its own
     * @param publishedTime, modifiedTime, section {@code article:*} values, null on pages that are not articles
     */
    public record OpenGraph(
            String type,
            String title,
            String siteName,
            String locale,
            List<String> alternateLocales,
            Image image,
            String publishedTime,
            String modifiedTime,
            String section) {

        public String twitterCard() {
            return image == null ? "summary" : "summary_large_image";
        }
    }

    /** A picture for shared links, with its size in pixels. */
    public record Image(String url, int width, int height, String alt) {
    }
}
