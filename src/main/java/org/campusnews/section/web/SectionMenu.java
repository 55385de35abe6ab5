package org.campusnews.section.web;

import java.util.List;

import org.campusnews.i18n.Language;
import org.campusnews.section.SectionService;
import org.campusnews.web.SiteMenu;
import org.springframework.stereotype.Component;

/** The public menu lists the sections, in their order. */
@Component
class SectionMenu implements SiteMenu {

    private final SectionService sections;

    SectionMenu(SectionService sections) {
        this.sections = sections;
    }

    @Override
    public List<Item> items(Language language) {
        return sections.all().list().stream()
                .map(section -> new Item("/" + language.code() + "/sections/" + section.getSlug(), section.name(language)))
                .toList();
    }
}
