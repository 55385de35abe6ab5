package org.campusnews.article.web;

import org.campusnews.i18n.Language;

/** Shortens long titles for previous/next links: at a word boundary in English, by characters in Chinese. */
public final class TitleAbbreviator {

    /** The longest title shown whole; the pre-publishing checks warn of longer ones. */
    public static final int MAX_LENGTH = 80;
    private static final String ELLIPSIS = "...";
    private static final String TRAILING_PUNCTUATION = " \t,.;:-–—，。、；：";

    private TitleAbbreviator() {
    }

    static String abbreviate(String title, Language language) {
        if (title.codePointCount(0, title.length()) <= MAX_LENGTH) {
            return title;
        }
        String head = title.substring(0, title.offsetByCodePoints(0, MAX_LENGTH));
        if (language == Language.EN && !Character.isWhitespace(title.codePointAt(head.length()))) {
            int lastSpace = lastWhitespace(head);
            if (lastSpace > 0) {
                head = head.substring(0, lastSpace);
            }
        }
        return stripTrailingPunctuation(head) + ELLIPSIS;
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
