package org.campusnews.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into plain and marked pieces, for a page to show each piece as escaped text, the marked ones inside
 * {@code <mark>}: the text is never handed to a page as markup.
 */
public record MarkedText(List<Segment> segments) {

    public MarkedText {
        segments = List.copyOf(segments);
    }

    /** A piece of the text, and whether it is a match. */
    public record Segment(String text, boolean marked) {
    }

    /** The text from {@code from} to {@code to} with the matches inside that range marked (matches in order). */
    static MarkedText of(String text, List<SearchTerms.Match> matches, int from, int to) {
        List<Segment> segments = new ArrayList<>();
        int at = from;
        for (SearchTerms.Match match : matches) {
            int start = Math.max(match.start(), at);
            int end = Math.min(match.end(), to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), false));
            }
            segments.add(new Segment(text.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            segments.add(new Segment(text.substring(at, to), false));
        }
        return new MarkedText(segments);
    }

    /** The whole text, without the marks. */
    public String plain() {
        StringBuilder plain = new StringBuilder();
        segments.forEach(segment -> plain.append(segment.text()));
        return plain.toString();
    }

    /** The marked pieces, in order. */
    public List<String> marked() {
        return segments.stream().filter(Segment::marked).map(Segment::text).toList();
    }
}
