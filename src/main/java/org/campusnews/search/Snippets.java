package org.campusnews.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The marked title and the snippet of a result: the part of the plain text around its first match (or its opening
 * when only the title matches), about {@value #LENGTH} characters, with every match inside it marked.
 */
final class Snippets {

    /** How many characters of a snippet are shown. */
    static final int LENGTH = 160;

    /** How many characters before the first match a snippet starts. */
    static final int BEFORE = 40;

    /** How much of the text is searched for the first match; beyond it, the snippet is the text's opening. */
    static final int SCANNED = 10_000;

    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    static MarkedText title(String title, SearchTerms.Query query) {
        return MarkedText.of(title, SearchTerms.matches(title, query), 0, title.length());
    }

    static MarkedText snippet(String text, SearchTerms.Query query) {
        String scanned = text.length() > SCANNED ? text.substring(0, boundary(text, SCANNED)) : text;
        List<SearchTerms.Match> matches = SearchTerms.matches(scanned, query);
        int from = matches.isEmpty() ? 0 : boundary(scanned, Math.max(0, matches.get(0).start() - BEFORE));
        int to = boundary(scanned, Math.min(scanned.length(), from + LENGTH));
        MarkedText shown = MarkedText.of(scanned, matches, from, to);
        List<MarkedText.Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new MarkedText.Segment(ELLIPSIS, false));
        }
        segments.addAll(shown.segments());
        if (to < text.length()) {
            segments.add(new MarkedText.Segment(ELLIPSIS, false));
        }
        return new MarkedText(segments);
    }

    /** The index, moved back off the second half of a surrogate pair so that no character is cut in two. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
