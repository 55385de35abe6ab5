package org.campusnews.media;

import org.campusnews.user.Staff;

/**
 * Files uploaded for an existing article: whether this staff member may add files to it, and the department the
 * files are then filed under. Answered by the article feature, whose rules decide who may edit an article.
 */
public interface UploadTargets {

    Target forArticle(long articleId, Staff staff);

    /** The answer: files for the article are filed under its department, or refused, or there is no such article. */
    sealed interface Target {
    }

    /** The staff member may add files to the article, which belongs to this department. */
    record Allowed(long departmentId) implements Target {
    }

    record Refused() implements Target {
    }

    record NoSuchArticle() implements Target {
    }
}
