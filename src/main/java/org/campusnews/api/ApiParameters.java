package org.campusnews.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.campusnews.i18n.Language;
import org.campusnews.web.BadRequestException;
import org.campusnews.web.TextRules;

/**
 * How the API reads its parameters, each with the message that says what a refused one should look like. The page
 * cache's key ({@link ApiPageKey}) reads them the same way, so that only answers the API would give are keyed.
 */
final class ApiParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY = 200;

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern LIMIT = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private ApiParameters() {
    }

    static Language language(String lang) {
        if (lang == null || lang.isEmpty()) {
            throw new BadRequestException("The parameter 'lang' is required: en or zh");
        }
        return Language.fromCode(lang).filter(language -> language.code().equals(lang))
                .orElseThrow(() -> new BadRequestException("Unknown language '" + lang + "': lang is en or zh"));
    }

    static long id(String id) {
        if (!ID.matcher(id).matches()) {
            throw new BadRequestException("An article id is a whole number from 1, not '" + id + "'");
        }
        return Long.parseLong(id);
    }

    static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (!LIMIT.matcher(limit).matches() || Integer.parseInt(limit) > MAX_LIMIT) {
            throw new BadRequestException("The limit is a whole number from 1 to " + MAX_LIMIT + ", not '" + limit + "'");
        }
        return Integer.parseInt(limit);
    }

    /** A section's or department's slug, null when the filter is not given. */
    static String slug(String name, String slug) {
        if (slug == null) {
            return null;
        }
        if (!SLUG.matcher(slug).matches()) {
            throw new BadRequestException("No " + name + " has the slug '" + slug + "': slugs are lower-case letters, "
                    + "digits and hyphens");
        }
        return slug;
    }

    /** A search query, stripped; null when not given. */
    static String text(String q) {
        if (q == null) {
            return null;
        }
        String query = q.strip();
        if (query.isEmpty()) {
            throw new BadRequestException("The parameter 'q' needs something to search for");
        }
        if (query.length() > MAX_QUERY) {
            throw new BadRequestException("The parameter 'q' is at most " + MAX_QUERY + " characters long");
        }
        if (TextRules.firstDisallowed(query, false).isPresent()) {
            throw new BadRequestException("The parameter 'q' holds a control character");
        }
        return query;
    }

    static Instant since(String since) {
        if (since == null) {
            return null;
        }
        OffsetDateTime parsed = null;
        try {
            parsed = OffsetDateTime.parse(since, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException wrongFormat) {
            // refused below
        }
        if (parsed != null && parsed.getYear() >= 1 && parsed.getYear() <= 9999) {
            return parsed.toInstant();
        }
        throw new BadRequestException("The parameter 'since' is an ISO 8601 date and time with its offset, such as "
                + "2026-01-31T08:00:00Z or 2026-01-31T16:00:00+08:00, not '" + since + "'");
    }
}
