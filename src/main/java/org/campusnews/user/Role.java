package org.campusnews.user;

/** What a staff member may do; department scoping narrows it further for department editors and authors. */
public enum Role {
    /** Everything, including users, departments and sections. */
    ADMIN,
    /** The news office: reviews, publishes and unpublishes any article; manages sections. */
    EDITOR,
    /** Signs off articles of sections that ask for a leader's review, as the last level; reads every department. */
    LEADER,
    /** Reviews the articles of their departments first, before the news office; writes for them too. */
    DEPARTMENT_EDITOR,
    /** Writes and edits the articles of their departments and submits them for review; cannot publish. */
    AUTHOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role publishes and unpublishes articles and manages the site's sections (the news office). */
    public boolean canPublish() {
        return this == ADMIN || this == EDITOR;
    }

    public boolean seesAllDepartments() {
        return this == ADMIN || this == EDITOR || this == LEADER;
    }

    /** Whether this role takes part in reviews (and so may accept warnings of the checks with a reason). */
    public boolean reviews() {
        return this != AUTHOR;
    }
}
