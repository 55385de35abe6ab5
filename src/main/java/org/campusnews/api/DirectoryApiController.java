package org.campusnews.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.campusnews.article.PublishedArticles;
import org.campusnews.pagecache.PageCapture;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sections and departments, with both their names and what they hold in each language. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectoryApiController {

    private final PublishedArticles published;
    private final ApiViews views;

    DirectoryApiController(PublishedArticles published, ApiViews views) {
        this.published = published;
        this.views = views;
    }

    @GetMapping("/sections")
    List<SectionItem> sections(HttpServletRequest request) {
        List<SectionItem> sections = views.sections(published.sections());
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        return sections;
    }

    @GetMapping("/departments")
    List<DepartmentItem> departments(HttpServletRequest request) {
        List<DepartmentItem> departments = views.departments(published.departments());
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        return departments;
    }
}
