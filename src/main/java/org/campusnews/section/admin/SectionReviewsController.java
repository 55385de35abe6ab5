package org.campusnews.section.admin;

import java.util.Locale;
import java.util.Set;

import org.campusnews.i18n.Language;
import org.campusnews.section.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review levels each section asks for besides the news office's: its department's review before it, a leader's
 * sign-off after it. For administrators and editors (the URL rules in SecurityConfig let nobody else in).
 */
@Controller
class SectionReviewsController {

    private final SectionService sections;

    SectionReviewsController(SectionService sections) {
        this.sections = sections;
    }

    @GetMapping("/admin/sections/reviews")
    String show(Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("rows", sections.all().list().stream()
                .map(section -> new SectionReviewRow(section.getId(), section.name(language),
                        section.isDepartmentReview(), section.isLeaderReview()))
                .toList());
        return "admin/sections/reviews";
    }

    /** The ids of the sections whose box is ticked in each column; an unknown id is a bad request. */
    @PostMapping("/admin/sections/reviews")
    String save(@RequestParam(name = "department", required = false) Set<Long> department,
            @RequestParam(name = "leader", required = false) Set<Long> leader, RedirectAttributes redirect) {
        sections.requireReviews(department == null ? Set.of() : department, leader == null ? Set.of() : leader);
        redirect.addFlashAttribute("flash", "flash.sectionReviews.saved");
        return "redirect:/admin/sections/reviews";
    }

    record SectionReviewRow(long id, String name, boolean departmentReview, boolean leaderReview) {
    }
}
