package org.campusnews.check;

/** The text around a match, as the editor shows it: a few words on either side, the match itself marked. */
record Excerpt(String before, String match, String after) {

    private static final int CONTEXT = 30;
    private static final int LONGEST_MATCH = 120;

    /** The match at [start, end) of the text, with up to 30 characters on either side. */
    static Excerpt of(String text, int start, int end) {
        int from = backBy(text, start, CONTEXT);
        int to = forwardBy(text, end, CONTEXT);
        String match = text.substring(start, end);
        if (match.codePointCount(0, match.length()) > LONGEST_MATCH) {
            match = match.substring(0, match.offsetByCodePoints(0, LONGEST_MATCH)) + "…";
        }
        return new Excerpt((from > 0 ? "…" : "") + text.substring(from, start), match,
                text.substring(end, to) + (to < text.length() ? "…" : ""));
    }

    /** The text up to a limit (shown plainly) and what goes beyond it (marked), for a text that is too long. */
    static Excerpt beyond(String text, int limit) {
        int cut = text.offsetByCodePoints(0, Math.min(limit, text.codePointCount(0, text.length())));
        int from = backBy(text, cut, CONTEXT);
        return new Excerpt((from > 0 ? "…" : "") + text.substring(from, cut), text.substring(cut), "");
    }

    static Excerpt just(String match) {
        return new Excerpt("", match, "");
    }

    private static int backBy(String text, int index, int characters) {
        int at = index;
        for (int n = 0; n < characters && at > 0; n++) {
            at = text.offsetByCodePoints(at, -1);
        }
        return at;
    }

    private static int forwardBy(String text, int index, int characters) {
        int at = index;
        for (int n = 0; n < characters && at < text.length(); n++) {
            at = text.offsetByCodePoints(at, 1);
        }
        return at;
    }
}
