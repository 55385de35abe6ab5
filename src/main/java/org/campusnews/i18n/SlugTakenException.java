package org.campusnews.i18n;

import org.campusnews.common.ConflictException;

/** Another department or section has the slug already. */
public class SlugTakenException extends ConflictException {

    public SlugTakenException(String slug) {
        super("Slug already used: " + slug);
    }
}
