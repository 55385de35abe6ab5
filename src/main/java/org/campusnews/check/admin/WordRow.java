package org.campusnews.check.admin;

import org.campusnews.check.SensitiveWord;
import org.campusnews.web.StaffTime;

/** A word as the list shows it. */
record WordRow(long id, String word, String severity, String updatedBy, String updatedAt) {

    static WordRow of(SensitiveWord word, StaffTime time) {
        return new WordRow(word.getId(), word.getWord(), word.getSeverity().name(),
                word.getUpdatedBy() == null ? "" : word.getUpdatedBy(), time.toMinute(word.getUpdatedAt()));
    }
}
