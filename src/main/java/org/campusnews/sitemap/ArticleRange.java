package org.campusnews.sitemap;

import java.util.Optional;

/**
 * The articles of one child sitemap: ids in [number × {@link #SIZE}, (number + 1) × {@link #SIZE}). With every article
 * in both languages that is {@code 2 × SIZE} addresses, the most one sitemap may hold (50,000).
 */
public record ArticleRange(long number) {

    public static final int SIZE = 25_000;

    /** Article ids are bigints: the last range still starts at a positive long. */
    private static final long LAST_NUMBER = Long.MAX_VALUE / SIZE - 1;

    public ArticleRange {
        if (number < 0 || number > LAST_NUMBER) {
            throw new IllegalArgumentException("No article range " + number);
        }
    }

    /** The range named in an address: a number without sign or leading zeros; empty for anything else. */
    public static Optional<ArticleRange> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || text.length() > 1 && text.charAt(0) == '0') {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        long number = Long.parseLong(text);
        return number > LAST_NUMBER ? Optional.empty() : Optional.of(new ArticleRange(number));
    }

    public static ArticleRange of(long articleId) {
        return new ArticleRange(articleId / SIZE);
    }

    long firstId() {
        return number * SIZE;
    }

    /** The first id of the next range. */
    long endId() {
        return firstId() + SIZE;
    }

    public String path() {
        return "/sitemap-articles-" + number + ".xml";
    }
}
