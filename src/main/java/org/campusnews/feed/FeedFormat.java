package org.campusnews.feed;

/** The two kinds of feed the site writes, each with the name ROME gives it and the answer's content type. */
public enum FeedFormat {
    RSS("rss_2.0", "application/rss+xml;charset=UTF-8", "rss"),
    ATOM("atom_1.0", "application/atom+xml;charset=UTF-8", "atom");

    private final String romeType;
    private final String contentType;
    private final String suffix;

    FeedFormat(String romeType, String contentType, String suffix) {
        this.romeType = romeType;
        this.contentType = contentType;
        this.suffix = suffix;
    }

    String romeType() {
        return romeType;
    }

    public String contentType() {
        return contentType;
    }

    /** The content type without its charset, as {@code <link type>} names it. */
    public String mediaType() {
        return contentType.substring(0, contentType.indexOf(';'));
    }

    /** The end of the feed's address: {@code feed.rss}, {@code feed.atom}. */
    public String fileName() {
        return "feed." + suffix;
    }
}
