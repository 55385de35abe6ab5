package org.campusnews.article;

import java.util.ArrayList;
import java.util.List;

import org.campusnews.i18n.Language;

/**
 * What the pre-publishing checks found in an article, for the editor and for {@link PublishingGate}.
 *
 * @param findings in the order of the languages, fields and checks; each with its {@link CheckFinding#index()}
 * @param linksPending links of the bodies whose check in the background has not answered yet
 */
public record CheckReport(List<CheckFinding> findings, int linksPending) {

    public static final CheckReport NONE = new CheckReport(List.of(), 0);

    public CheckReport {
        List<CheckFinding> indexed = new ArrayList<>(findings.size());
        for (CheckFinding finding : findings) {
            indexed.add(finding.withIndex(indexed.size()));
        }
        findings = List.copyOf(indexed);
    }

    public boolean isEmpty() {
        return findings.isEmpty() && linksPending == 0;
    }

    public long blocking() {
        return findings.stream().filter(CheckFinding::isBlocking).count();
    }

    public long openWarnings() {
        return findings.stream().filter(CheckFinding::isOpenWarning).count();
    }

    public long overridden() {
        return findings.stream().filter(CheckFinding::isOverridden).count();
    }

    /** The findings in one field of one language version, where the editor shows them. */
    public List<CheckFinding> at(Language language, CheckedField field) {
        return findings.stream().filter(finding -> finding.isAt(language, field)).toList();
    }

    /** The same, with the field by its name ({@code TITLE}), as templates give it. */
    public List<CheckFinding> at(Language language, String field) {
        return at(language, CheckedField.valueOf(field));
    }

    /** The findings of one language version. */
    public long in(Language language) {
        return findings.stream().filter(finding -> finding.language() == language).count();
    }
}
