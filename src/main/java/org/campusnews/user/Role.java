package org.campusnews.user;

/** What a staff member may do; department scoping narrows it further for authors. */
public enum Role {
    /** Everything, including users, departments and sections. */
    ADMIN,
    /** Reviews, publishes and unpublishes any article; manages sections. */
    EDITOR,
    /** Writes and edits the articles of their departments and submits them for review; cannot publish. */
    AUTHOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean canPublish() {
        return this != AUTHOR;
    }

    public boolean seesAllDepartments() {
        return this != AUTHOR;
    }
}
