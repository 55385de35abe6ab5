package org.campusnews.article;

import org.campusnews.i18n.Language;

/**
 * One finding of the pre-publishing checks, where the article editor shows it: in a language version's field, with
 * the text around the match ({@code before}, {@code match}, {@code after}; plain text, escaped when shown).
 *
 * @param index its place in the report, which names its override field in the editor's form
 * @param key what it is and where, the same across saves while the finding stays the same: what an override is kept by
 * @param kind which check found it (a message key's last part)
 * @param detail and {@code limit}: what the message says of it (a length and the limit, a status code …); may be empty
 * @param occurrences how often the same match is in the same field
 * @param override a reviewer's acceptance of a warning; null while there is none
 */
public record CheckFinding(
        int index,
        String key,
        String kind,
        CheckSeverity severity,
        Language language,
        CheckedField field,
        String before,
        String match,
        String after,
        String detail,
        String limit,
        int occurrences,
        Override override) {

    public boolean isBlocking() {
        return severity == CheckSeverity.BLOCK;
    }

    /** A warning nobody has accepted yet: it stops publishing. */
    public boolean isOpenWarning() {
        return severity == CheckSeverity.WARN && override == null;
    }

    public boolean isOverridden() {
        return override != null;
    }

    public boolean isAt(Language language, CheckedField field) {
        return this.language == language && this.field == field;
    }

    public CheckFinding withIndex(int index) {
        return new CheckFinding(index, key, kind, severity, language, field, before, match, after, detail, limit,
                occurrences, override);
    }

    public CheckFinding withOverride(Override override) {
        return new CheckFinding(index, key, kind, severity, language, field, before, match, after, detail, limit,
                occurrences, override);
    }

    /**
     * A reviewer accepted the warning.
     *
     * @param at when, as staff pages show a moment
     */
    public record Override(String reason, String by, String at) {
    }
}
