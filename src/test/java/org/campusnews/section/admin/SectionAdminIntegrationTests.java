package org.campusnews.section.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.section.SectionRepository;
import org.campusnews.section.SectionService;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.DispatcherServlet;

class SectionAdminIntegrationTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    SectionRepository sections;

    @Autowired
    SectionService sectionService;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount editor;

    @BeforeEach
    void signIn() {
        editor = content.staff(Role.EDITOR);
    }

    @Test
    void editorsAndAdministratorsSeeTheListInSortOrder() throws Exception {
        Section first = content.section();
        Section second = content.section();

        for (UserAccount staff : List.of(editor, content.staff(Role.ADMIN))) {
            Document page = html(mvc.perform(MockMvcRequestBuilders.get("/admin/sections").with(as(staff)))
                    .andExpect(status().isOk()).andReturn());
            List<String> slugs = page.select("table.data td code").eachText();
            assertThat(slugs.indexOf(first.getSlug())).isNotNegative().isLessThan(slugs.indexOf(second.getSlug()));
        }
    }

    @Test
    void authorsMayNotManageSections() throws Exception {
        Section section = content.section();
        UserAccount author = content.staff(Role.AUTHOR, content.department());
        String slug = uniqueSlug();

        mvc.perform(MockMvcRequestBuilders.get("/admin/sections").with(as(author))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/sections/new").with(as(author))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sections").with(as(author)).with(csrf())
                        .param("slug", slug).param("nameZh", "栏目").param("nameEn", "Section").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sections/" + section.getId()).with(as(author)).with(csrf())
                        .param("slug", slug).param("nameZh", "栏目").param("nameEn", "Section").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sections/" + section.getId() + "/delete").with(as(author)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(sections.findBySlug(slug)).isEmpty();
        assertThat(sections.findById(section.getId()).orElseThrow().getSlug()).isEqualTo(section.getSlug());
    }

    @Test
    void anEditorCreatesASectionThatAppearsInThePublicNavigationAtOnce() throws Exception {
        sectionService.all(); // fills the cache
        String slug = uniqueSlug();

        mvc.perform(post("/admin/sections").with(as(editor)).with(csrf())
                        .param("slug", slug).param("nameZh", "校园文化").param("nameEn", "Campus Culture " + slug).param("sortOrder", "500"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/sections"))
                .andExpect(flash().attribute("flash", "section.flash.created"));

        Section stored = sections.findBySlug(slug).orElseThrow();
        assertThat(stored.getName().zh()).isEqualTo("校园文化");
        assertThat(stored.getSortOrder()).isEqualTo(500);
        assertThat(audit("SECTION_SAVED", stored.getId())).singleElement().asString().contains(slug);
        assertThat(navLink("/en/", slug)).isEqualTo("Campus Culture " + slug);
    }

    @Test
    void renamingASectionChangesThePublicNavigationAtOnce() throws Exception {
        Section section = content.section();
        assertThat(navLink("/en/", section.getSlug())).isEqualTo(section.getName().en()); // now cached
        String newSlug = uniqueSlug();

        mvc.perform(post("/admin/sections/" + section.getId()).with(as(editor)).with(csrf())
                        .param("slug", newSlug).param("nameZh", "改名栏目").param("nameEn", "Renamed " + newSlug)
                        .param("sortOrder", String.valueOf(section.getSortOrder())))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "section.flash.saved"));

        assertThat(navLink("/en/", newSlug)).isEqualTo("Renamed " + newSlug);
        assertThat(navLink("/en/", section.getSlug())).isEmpty();
        assertThat(navLink("/zh/", newSlug)).isEqualTo("改名栏目");
        assertThat(get("/en/sections/" + newSlug).statusCode()).isEqualTo(200);
        assertThat(get("/en/sections/" + section.getSlug()).statusCode()).isEqualTo(404);
        assertThat(sections.findById(section.getId()).orElseThrow().getName().en()).isEqualTo("Renamed " + newSlug);
        assertThat(audit("SECTION_SAVED", section.getId())).singleElement().asString().contains(section.getSlug(), newSlug);
    }

    @Test
    void refusesBlankNamesABadSlugAndADuplicateSlug() throws Exception {
        Section existing = content.section();

        Document invalid = html(mvc.perform(post("/admin/sections").with(as(editor)).with(csrf())
                        .param("slug", "-news-").param("nameZh", "").param("nameEn", "  ").param("sortOrder", ""))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldError(invalid, "slug")).isEqualTo("Use only lowercase letters, digits and single hyphens between them.");
        assertThat(fieldError(invalid, "nameZh")).isEqualTo("Fill in this field.");
        assertThat(fieldError(invalid, "nameEn")).isEqualTo("Fill in this field.");
        assertThat(fieldError(invalid, "sortOrder")).isEqualTo("Fill in this field.");
        assertThat(invalid.selectFirst("#slug").val()).isEqualTo("-news-");

        Document duplicate = html(mvc.perform(post("/admin/sections").with(as(editor)).with(csrf())
                        .param("slug", existing.getSlug()).param("nameZh", "重复").param("nameEn", "Duplicate").param("sortOrder", "3"))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldError(duplicate, "slug")).isEqualTo("This slug is already used.");
        assertThat(duplicate.selectFirst("#nameZh").val()).isEqualTo("重复");

        assertThat(sections.findBySlug("-news-")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from section where slug = ?", Long.class, existing.getSlug())).isOne();
    }

    @Test
    void deleteIsRefusedWhileTheSectionHasArticles() throws Exception {
        Section section = content.section();
        Department department = content.department();
        content.article(section, department).en("Still here").save();

        MvcResult result = mvc.perform(post("/admin/sections/" + section.getId() + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/sections"))
                .andExpect(flash().attribute("flashError", "section.inUse"))
                .andReturn();

        Document list = html(mvc.perform(MockMvcRequestBuilders.get("/admin/sections").with(as(editor))
                .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, result.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertThat(list.selectFirst(".alert--error").text())
                .isEqualTo("The section " + section.getSlug() + " cannot be deleted: it still has 1 article (deleted articles included).");
        assertThat(sections.findById(section.getId())).isPresent();
        assertThat(navLink("/en/", section.getSlug())).isEqualTo(section.getName().en());
    }

    @Test
    void deletesAnEmptySectionAndItLeavesThePublicNavigation() throws Exception {
        Section section = content.section();
        assertThat(navLink("/en/", section.getSlug())).isEqualTo(section.getName().en());

        mvc.perform(post("/admin/sections/" + section.getId() + "/delete").with(as(editor)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "section.flash.deleted"));

        assertThat(sections.findById(section.getId())).isEmpty();
        assertThat(navLink("/en/", section.getSlug())).isEmpty();
        assertThat(audit("SECTION_DELETED", section.getId())).singleElement().asString().contains(section.getSlug());
    }

    @Test
    void changesWithoutACsrfTokenAreRefused() throws Exception {
        Section section = content.section();
        String slug = uniqueSlug();

        mvc.perform(post("/admin/sections").with(as(editor))
                        .param("slug", slug).param("nameZh", "栏目").param("nameEn", "Section").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sections/" + section.getId()).with(as(editor))
                        .param("slug", slug).param("nameZh", "栏目").param("nameEn", "Section").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sections/" + section.getId() + "/delete").with(as(editor)))
                .andExpect(status().isForbidden());

        assertThat(sections.findBySlug(slug)).isEmpty();
        assertThat(sections.findById(section.getId()).orElseThrow().getName().en()).isEqualTo(section.getName().en());
    }

    @Test
    void editFormShowsTheStoredValues() throws Exception {
        Section section = content.section();

        Document form = html(mvc.perform(MockMvcRequestBuilders.get("/admin/sections/" + section.getId()).with(as(editor)))
                .andExpect(status().isOk()).andReturn());

        assertThat(form.selectFirst("#slug").val()).isEqualTo(section.getSlug());
        assertThat(form.selectFirst("#nameZh").val()).isEqualTo(section.getName().zh());
        assertThat(form.selectFirst("#sortOrder").val()).isEqualTo(String.valueOf(section.getSortOrder()));
        assertThat(form.selectFirst("main form[action$=/delete]")).isNotNull();
        assertThat(form.selectFirst("form.form").text()).contains("Changing the slug changes the address");
        mvc.perform(MockMvcRequestBuilders.get("/admin/sections/999999999").with(as(editor))).andExpect(status().isNotFound());
    }

    /** The text of the public navigation's link to a section, empty when there is none. */
    private String navLink(String home, String slug) {
        return page(home).select("nav.site-nav a[href$='" + home + "sections/" + slug + "']").text();
    }

    private List<String> audit(String action, long targetId) {
        return jdbc.queryForList("select details from audit_event where action = ? and target_id = ? and actor = ?",
                String.class, action, targetId, editor.getUsername());
    }

    private static String uniqueSlug() {
        return "admin-test-section-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private static String fieldError(Document page, String field) {
        Element error = page.getElementById(field).closest(".field").selectFirst(".field-error");
        assertThat(error).as("error of " + field).isNotNull();
        return error.text();
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
