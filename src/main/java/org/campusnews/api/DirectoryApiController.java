package org.campusnews.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.campusnews.article.PublishedArticles;
import org.campusnews.pagecache.PageCapture;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sections and departments, with both their names and what they hold in each language. */
@Tag(name = "Sections and departments")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectoryApiController {

    private final PublishedArticles published;
    private final ApiViews views;

    DirectoryApiController(PublishedArticles published, ApiViews views) {
        this.published = published;
        this.views = views;
    }

    @Operation(summary = "Every section, with both its names and the articles it lists now in each language")
    @ApiResponse(responseCode = "200", description = "The sections in the site's order")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match", content = @Content)
    @GetMapping("/sections")
    List<SectionItem> sections(HttpServletRequest request) {
        List<SectionItem> sections = views.sections(published.sections());
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        return sections;
    }

    @Operation(summary = "The departments that published or translated a visible article, with both their names "
            + "and, in each language, how many they published and translated")
    @ApiResponse(responseCode = "200", description = "The departments in the site's order")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match", content = @Content)
    @GetMapping("/departments")
    List<DepartmentItem> departments(HttpServletRequest request) {
        List<DepartmentItem> departments = views.departments(published.departments());
        PageCapture.of(request).ifPresent(capture -> capture.listing(List.of()));
        return departments;
    }
}
