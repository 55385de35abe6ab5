package org.campusnews.web;

import org.jsoup.Jsoup;

/** The meta description of a page: its summary or, without one, the start of its text. */
public final class MetaDescription {

    /** About what search engines show before they cut a description. */
    public static final int LENGTH = 160;

    private MetaDescription() {
    }

    /** Null when there is neither a summary nor any text. */
    public static String of(String summary, String bodyHtml) {
        if (summary != null && !summary.isBlank()) {
            return cut(summary.strip().replaceAll("\\s+", " "));
        }
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return null;
        }
        String text = Jsoup.parseBodyFragment(bodyHtml).text().strip();
        return text.isEmpty() ? null : cut(text);
    }

    /** Cut at a word boundary where there is one near the limit (Chinese text has none, and is cut anywhere). */
    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, LENGTH - 1);
        int space = text.lastIndexOf(' ', end);
        if (space > end - 30 && space > 0) {
            end = space;
        }
        return text.substring(0, end).strip() + "…";
    }
}
