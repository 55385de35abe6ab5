package org.campusnews.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A visitor's query cut into its parts, as people type them into search boxes: words, phrases in double quotes
 * ({@code "student union"}, also with Chinese quotation marks “…”), and words or phrases with a leading minus
 * ({@code -fee}, {@code -"summer school"}), which the results must not contain. A quote left open runs to the end of
 * the query; a minus on its own, or inside a word ({@code CET-4}), is part of the text.
 */
final class QueryClauses {

    /** One part of a query. */
    record Clause(String text, boolean phrase, boolean excluded) {
    }

    private QueryClauses() {
    }

    static List<Clause> of(String query) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        int length = query.length();
        while (i < length) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (isMinus(c) && i + 1 < length && !Character.isWhitespace(query.charAt(i + 1))
                    && !isMinus(query.charAt(i + 1))) {
                excluded = true;
                c = query.charAt(++i);
            }
            if (isQuote(c)) {
                int end = i + 1;
                while (end < length && !isQuote(query.charAt(end))) {
                    end++;
                }
                clauses.add(new Clause(query.substring(i + 1, end), true, excluded));
                i = end + 1;
            } else {
                int end = i;
                while (end < length && !Character.isWhitespace(query.charAt(end)) && !isQuote(query.charAt(end))) {
                    end++;
                }
                clauses.add(new Clause(query.substring(i, end), false, excluded));
                i = end;
            }
        }
        return clauses;
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '−';
    }

    /** Either Chinese quotation mark opens or closes a phrase: input methods and pasted text mix them up. */
    private static boolean isQuote(char c) {
        return c == '"' || c == '＂' || c == '“' || c == '”';
    }
}
