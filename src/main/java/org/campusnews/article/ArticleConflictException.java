package org.campusnews.article;

/**
 * A save based on an older version of the article than the stored one: someone else saved in between. Carries both
 * states so that the editor can see what changed and merge.
 */
class ArticleConflictException extends RuntimeException {

    private final long currentVersion;
    private final transient ArticleSnapshot base;
    private final transient ArticleSnapshot current;
    private final String changedBy;

    ArticleConflictException(long currentVersion, ArticleSnapshot base, ArticleSnapshot current, String changedBy) {
        super("The article was changed by " + changedBy + " in the meantime");
        this.currentVersion = currentVersion;
        this.base = base;
        this.current = current;
        this.changedBy = changedBy;
    }

    long currentVersion() {
        return currentVersion;
    }

    /** The state the editor started from, when its revision is known. */
    ArticleSnapshot base() {
        return base;
    }

    ArticleSnapshot current() {
        return current;
    }

    String changedBy() {
        return changedBy;
    }
}
