package org.campusnews.article.admin;

import java.util.Locale;

import org.campusnews.article.ArticleRevision;
import org.campusnews.i18n.StoredMessage;
import org.campusnews.web.StaffTime;
import org.springframework.context.MessageSource;

/** A line of an article's history: when and by whom it was saved, and what the save did in the reader's language. */
record RevisionRow(long id, String savedAt, String savedBy, String note) {

    static RevisionRow of(ArticleRevision revision, StaffTime time, MessageSource messages, Locale locale) {
        return new RevisionRow(revision.getId(), time.toSecond(revision.getCreatedAt()), revision.getCreatedBy(),
                messages.getMessage(StoredMessage.read(revision.getNote(), "revision.note"), locale));
    }
}
