package org.campusnews.section;

/** A section was added, renamed, moved or removed: every public page shows the sections in its menu. */
public record SectionsChanged() {
}
