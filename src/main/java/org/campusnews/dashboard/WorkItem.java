package org.campusnews.dashboard;

/**
 * An article on one of the dashboard's lists, ready to show: its title in the admin UI's language (or the other
 * one, with that language's code for the page), its department, and the moment, person and note the list is about
 * (submitted at and by, returned at and by with the editor's comment, released at, last saved).
 */
public record WorkItem(long id, String title, String titleLang, String department, String status, String when,
        String who, String note) {

    /** The article's editor. */
    public String editorPath() {
        return "/admin/articles/" + id + "/edit";
    }
}
