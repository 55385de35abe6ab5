package org.campusnews.section;

import org.campusnews.common.SharedChange;

/** A section was added, renamed, moved or removed: every public page shows the sections in its menu. */
public record SectionsChanged() implements SharedChange {
}
