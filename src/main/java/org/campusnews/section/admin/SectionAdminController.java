package org.campusnews.section.admin;

import org.campusnews.i18n.admin.BilingualEntityAdminController;
import org.campusnews.i18n.admin.BilingualEntityScreen;
import org.campusnews.section.Section;
import org.campusnews.section.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sections, for administrators and editors (the URL rules in SecurityConfig let nobody else in). */
@Controller
@RequestMapping("/admin/sections")
class SectionAdminController extends BilingualEntityAdminController<Section> {

    SectionAdminController(SectionService sections) {
        super(sections, new BilingualEntityScreen("section", "/admin/sections", "section.slug.warning"));
    }
}
