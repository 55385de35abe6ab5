package org.campusnews.check;

import org.campusnews.common.SharedChange;

/**
 * The list of sensitive words changed: every instance builds its matcher again from the list.
 *
 * @param words how many words the change touched
 */
public record SensitiveWordsChanged(long words) implements SharedChange {
}
