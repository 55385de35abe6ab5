package org.campusnews.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text as the checks match it: each character with its combining marks in compatibility form (NFKC: full-width
 * {@code ＡＢＣ１２３＠} become {@code ABC123@}), in lower case, and without invisible format characters (zero-width
 * spaces, soft hyphens) that could hide a word. Every character of the folded text remembers where it came from, so
 * that a match is shown in the text as written.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** For each char of the folded text, where its character starts and ends in the original. */
    private final int[] from;
    private final int[] to;

    private FoldedText(String original, String folded, int[] from, int[] to) {
        this.original = original;
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    static FoldedText of(String text) {
        String original = text == null ? "" : text;
        StringBuilder folded = new StringBuilder(original.length());
        int[] from = new int[original.length() + 16];
        int[] to = new int[original.length() + 16];
        int i = 0;
        while (i < original.length()) {
            int start = i;
            int base = original.codePointAt(i);
            i += Character.charCount(base);
            while (i < original.length() && isMark(original.codePointAt(i))) {
                i += Character.charCount(original.codePointAt(i));
            }
            if (Character.getType(base) == Character.FORMAT) {
                continue;
            }
            String piece = Normalizer.normalize(original.substring(start, i), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() == from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    to = Arrays.copyOf(to, to.length * 2);
                }
                from[folded.length()] = start;
                to[folded.length()] = i;
                folded.append(piece.charAt(k));
            }
        }
        return new FoldedText(original, folded.toString(), from, to);
    }

    /** A word folded as texts are, to be found in them. */
    static String fold(String word) {
        return of(word).folded();
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    /** Where the folded range [start, end) lies in the original text: its start. */
    int originalStart(int start) {
        return from[start];
    }

    /** Where the folded range [start, end) lies in the original text: its end (exclusive). */
    int originalEnd(int end) {
        return to[end - 1];
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
