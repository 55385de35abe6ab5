package org.campusnews.i18n.admin;

/**
 * What tells the staff screens of departments and of sections apart, for the shared templates
 * ({@code admin/bilingual/list} and {@code form}).
 *
 * @param kind the first part of the screen's message keys: {@code department} for {@code department.list.title}
 * @param path the address of the list; a form is at {@code path/new} or {@code path/{id}}
 * @param slugWarning the message key of a warning shown beside the slug of a stored one, or null
 */
public record BilingualEntityScreen(String kind, String path, String slugWarning) {

    /** The message key of this screen for a label ({@code list.title} → {@code department.list.title}). */
    public String key(String label) {
        return kind + "." + label;
    }
}
