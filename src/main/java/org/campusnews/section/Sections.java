package org.campusnews.section;

import java.util.List;
import java.util.Optional;

/** The site's sections in display order. */
public record Sections(List<Section> list) {

    public Sections {
        list = List.copyOf(list);
    }

    public Optional<Section> bySlug(String slug) {
        return list.stream().filter(section -> section.getSlug().equals(slug)).findFirst();
    }
}
