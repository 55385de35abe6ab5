package org.campusnews.article;

import java.util.List;

import org.campusnews.config.CampusNewsProperties;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.i18n.Language;
import org.campusnews.media.Media;
import org.campusnews.media.MediaRepository;
import org.campusnews.section.SectionService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The fields that differ between two states of an article, with sections and departments named for the reader. */
@Component
class ChangeTable {

    private final SectionService sections;
    private final DepartmentRepository departments;
    private final MediaRepository media;
    private final CampusNewsProperties properties;

    ChangeTable(SectionService sections, DepartmentRepository departments, MediaRepository media,
            CampusNewsProperties properties) {
        this.sections = sections;
        this.departments = departments;
        this.media = media;
        this.properties = properties;
    }

    List<FieldChange> between(ArticleSnapshot before, ArticleSnapshot after) {
        return FieldChange.between(before, after, properties.timeZone(), this::sectionName, this::departmentName,
                this::mediaName);
    }

    private String mediaName(long id) {
        return media.findById(id).map(Media::getOriginalName).orElse("#" + id);
    }

    private String sectionName(long id) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return sections.all().list().stream().filter(section -> section.getId() == id)
                .map(section -> section.name(language)).findFirst().orElse("#" + id);
    }

    private String departmentName(long id) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return departments.findById(id).map(department -> department.name(language)).orElse("#" + id);
    }
}
