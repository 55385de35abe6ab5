package org.campusnews.web;

import java.util.OptionalInt;

/**
 * Which characters text sent to the site may hold. Refused are the control characters (C0, DEL and C1; PostgreSQL
 * cannot store NUL at all), except tab, line feed and carriage return in multi-line text, and the invisible
 * bidirectional controls (embeddings, overrides, isolates and direction marks), which make text display in another
 * order than it is stored: {@code invoice\u202Efdp.exe} shows as {@code invoiceexe.pdf}.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Whether {@code c} may appear in text; {@code multiline} allows tab, line feed and carriage return. */
    public static boolean isAllowed(int c, boolean multiline) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiline;
        }
        return !Character.isISOControl(c) && !isBidiControl(c);
    }

    /** The embedding, override and isolate controls and the direction marks (LRM, RLM, ALM). */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** The first character of {@code text} that is not allowed, if there is one. */
    public static OptionalInt firstDisallowed(String text, boolean multiline) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints().filter(c -> !isAllowed(c, multiline)).findFirst();
    }

    /** {@code text} with every character that is not allowed replaced, for text kept only as a record. */
    public static String replaceDisallowed(String text, boolean multiline, String replacement) {
        if (text == null || firstDisallowed(text, multiline).isEmpty()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isAllowed(c, multiline)) {
                clean.appendCodePoint(c);
            } else {
                clean.append(replacement);
            }
        });
        return clean.toString();
    }

    /**
     * Text kept as a record of what was sent (the audit log): characters that are not allowed become U+FFFD, and
     * the result is cut to {@code maxLength} characters, the length of its column.
     */
    public static String forRecord(String text, int maxLength) {
        String clean = replaceDisallowed(text, false, "\uFFFD");
        if (clean == null || clean.length() <= maxLength) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return clean.substring(0, end);
    }

    /** The character as staff can look it up: {@code U+202E}. */
    public static String describe(int c) {
        return String.format("U+%04X", c);
    }
}
