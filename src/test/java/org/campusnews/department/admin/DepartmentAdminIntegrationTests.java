package org.campusnews.department.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.campusnews.department.Department;
import org.campusnews.department.DepartmentRepository;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.BilingualName;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.transaction.support.TransactionTemplate;

class DepartmentAdminIntegrationTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    DepartmentRepository departments;

    @Autowired
    DepartmentService departmentService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private UserAccount admin;

    @BeforeEach
    void signIn() {
        admin = content.staff(Role.ADMIN);
    }

    @Test
    void listShowsDepartmentsInSortOrder() throws Exception {
        Department first = content.department();
        Department second = content.department();

        Document page = html(mvc.perform(MockMvcRequestBuilders.get("/admin/departments").with(as(admin))).andExpect(status().isOk()).andReturn());

        List<String> slugs = page.select("table.data td code").eachText();
        assertThat(slugs).contains(first.getSlug(), second.getSlug());
        assertThat(slugs.indexOf(first.getSlug())).isLessThan(slugs.indexOf(second.getSlug()));
        assertThat(page.select("a[href$='/admin/departments/" + first.getId() + "']")).hasSize(1);
    }

    @Test
    void onlyAdministratorsMayManageDepartments() throws Exception {
        Department department = content.department();
        for (Role role : List.of(Role.EDITOR, Role.AUTHOR)) {
            UserAccount staff = content.staff(role, department);
            String slug = uniqueSlug();
            mvc.perform(MockMvcRequestBuilders.get("/admin/departments").with(as(staff))).andExpect(status().isForbidden());
            mvc.perform(MockMvcRequestBuilders.get("/admin/departments/" + department.getId()).with(as(staff))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/departments").with(as(staff)).with(csrf())
                            .param("slug", slug).param("nameZh", "部门").param("nameEn", "Department").param("sortOrder", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/departments/" + department.getId() + "/delete").with(as(staff)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(departments.findBySlug(slug)).isEmpty();
        }
        assertThat(departments.findById(department.getId())).isPresent();
    }

    @Test
    void createsADepartmentAndRecordsIt() throws Exception {
        String slug = uniqueSlug();

        mvc.perform(post("/admin/departments").with(as(admin)).with(csrf())
                        .param("slug", slug).param("nameZh", " 材料学院 ").param("nameEn", "School of Materials").param("sortOrder", "42"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/departments"))
                .andExpect(flash().attribute("flash", "department.flash.created"));

        Department stored = departments.findBySlug(slug).orElseThrow();
        assertThat(stored.getName().zh()).isEqualTo("材料学院");
        assertThat(stored.getName().en()).isEqualTo("School of Materials");
        assertThat(stored.getSortOrder()).isEqualTo(42);
        assertThat(audit("DEPARTMENT_SAVED", stored.getId())).singleElement().asString().contains(slug);
    }

    @Test
    void refusesBlankNamesAndABadSlugAndKeepsWhatWasTyped() throws Exception {
        MvcResult result = mvc.perform(post("/admin/departments").with(as(admin)).with(csrf())
                        .param("slug", "Bad Slug!").param("nameZh", " ").param("nameEn", "").param("sortOrder", "7"))
                .andExpect(status().isOk())
                .andReturn();

        Document page = html(result);
        assertThat(page.selectFirst("#slug").val()).isEqualTo("Bad Slug!");
        assertThat(page.selectFirst("#sortOrder").val()).isEqualTo("7");
        assertThat(fieldError(page, "slug")).isEqualTo("Use only lowercase letters, digits and single hyphens between them.");
        assertThat(fieldError(page, "nameZh")).isEqualTo("Fill in this field.");
        assertThat(fieldError(page, "nameEn")).isEqualTo("Fill in this field.");
        assertThat(departments.findBySlug("Bad Slug!")).isEmpty();
    }

    @Test
    void refusesTooLongNamesAndANonNumericSortOrder() throws Exception {
        String slug = uniqueSlug();
        Document page = html(mvc.perform(post("/admin/departments").with(as(admin)).with(csrf())
                        .param("slug", slug).param("nameZh", "长".repeat(201)).param("nameEn", "Fine").param("sortOrder", "first"))
                .andExpect(status().isOk()).andReturn());

        assertThat(fieldError(page, "nameZh")).isEqualTo("Use at most 200 characters.");
        assertThat(fieldError(page, "sortOrder")).isEqualTo("Enter a whole number.");
        assertThat(page.selectFirst("#nameZh").val()).isEqualTo("长".repeat(201));
        assertThat(departments.findBySlug(slug)).isEmpty();
    }

    @Test
    void labelsAndMessagesAreChineseInTheChineseAdminInterface() throws Exception {
        Document page = html(mvc.perform(post("/admin/departments").with(as(admin)).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("campusnews_lang", "zh"))
                        .param("slug", uniqueSlug()).param("nameZh", "").param("nameEn", "x").param("sortOrder", "1"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("label[for=nameZh]").text()).isEqualTo("中文名称");
        assertThat(fieldError(page, "nameZh")).isEqualTo("请填写此字段。");
    }

    @Test
    void refusesASlugAnotherDepartmentHas() throws Exception {
        Department existing = content.department();
        Department other = content.department();

        Document created = html(mvc.perform(post("/admin/departments").with(as(admin)).with(csrf())
                        .param("slug", existing.getSlug()).param("nameZh", "重复").param("nameEn", "Duplicate").param("sortOrder", "1"))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldError(created, "slug")).isEqualTo("This slug is already used.");
        assertThat(created.selectFirst("#nameEn").val()).isEqualTo("Duplicate");

        Document edited = html(mvc.perform(post("/admin/departments/" + other.getId()).with(as(admin)).with(csrf())
                        .param("slug", existing.getSlug()).param("nameZh", "其他").param("nameEn", "Other").param("sortOrder", "1"))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldError(edited, "slug")).isEqualTo("This slug is already used.");

        assertThat(jdbc.queryForObject("select count(*) from department where slug = ?", Long.class, existing.getSlug())).isOne();
        assertThat(departments.findById(other.getId()).orElseThrow().getSlug()).isEqualTo(other.getSlug());
    }

    @Test
    void aSlugTakenByAConcurrentSaveIsReportedAsTakenNotAsAnError() throws Exception {
        String slug = uniqueSlug();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.update("insert into department (slug, name_zh, name_en, sort_order) values (?, '先', 'First', 1)", slug);
                inserted.countDown();
                await(commit);
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            // The check in the service does not see the uncommitted row; the insert waits for it on the unique index.
            Future<?> second = threads.submit(() -> departmentService.create(slug, new BilingualName("后", "Second"), 2));
            waitForALockWait();
            commit.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.campusnews.i18n.SlugTakenException.class);
            assertThat(departments.findBySlug(slug).orElseThrow().getName().en()).isEqualTo("First");
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void editShowsTheStoredValuesAndSavesChanges() throws Exception {
        Department department = content.department();
        Document form = html(mvc.perform(MockMvcRequestBuilders.get("/admin/departments/" + department.getId()).with(as(admin)))
                .andExpect(status().isOk()).andReturn());
        assertThat(form.selectFirst("#slug").val()).isEqualTo(department.getSlug());
        assertThat(form.selectFirst("#nameEn").val()).isEqualTo(department.getName().en());
        assertThat(form.select("main form[method=post] input[name=_csrf]")).hasSize(2);

        String slug = uniqueSlug();
        mvc.perform(post("/admin/departments/" + department.getId()).with(as(admin)).with(csrf())
                        .param("slug", slug).param("nameZh", "新名称").param("nameEn", "New Name").param("sortOrder", "-3"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "department.flash.saved"));

        Department stored = departments.findById(department.getId()).orElseThrow();
        assertThat(stored.getSlug()).isEqualTo(slug);
        assertThat(stored.name(Language.ZH)).isEqualTo("新名称");
        assertThat(stored.name(Language.EN)).isEqualTo("New Name");
        assertThat(stored.getSortOrder()).isEqualTo(-3);
        assertThat(audit("DEPARTMENT_SAVED", department.getId())).singleElement().asString()
                .contains(department.getSlug(), slug);
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundAndBadRequests() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/departments/999999999").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/admin/departments/abc").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/departments/999999999/delete").with(as(admin)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void deleteIsRefusedWhileAnArticlePublishedByTheDepartmentExists() throws Exception {
        Department department = content.department();
        Section section = content.section();
        content.article(section, department).en("Department in use").save();

        mvc.perform(post("/admin/departments/" + department.getId() + "/delete").with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/departments"))
                .andExpect(flash().attribute("flashError", "department.inUse"));

        assertThat(departments.findById(department.getId())).isPresent();
        assertThat(audit("DEPARTMENT_DELETED", department.getId())).isEmpty();
    }

    @Test
    void deleteIsRefusedWhileATranslationOrAUserRefersToTheDepartment() throws Exception {
        Department translator = content.department();
        content.article(content.section(), content.department()).zh("原文").en("Translated").translatedBy(Language.EN, translator).save();
        Department home = content.department();
        content.staff(Role.AUTHOR, home);

        for (Department department : List.of(translator, home)) {
            MvcResult result = mvc.perform(post("/admin/departments/" + department.getId() + "/delete").with(as(admin)).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("flashError", "department.inUse"))
                    .andReturn();
            Document list = html(mvc.perform(MockMvcRequestBuilders.get("/admin/departments").with(as(admin))
                    .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, result.getFlashMap())).andExpect(status().isOk()).andReturn());
            assertThat(list.selectFirst(".alert--error").text()).startsWith("The department " + department.getSlug() + " cannot be deleted");
            assertThat(departments.findById(department.getId())).isPresent();
        }
    }

    @Test
    void deletesAnUnusedDepartment() throws Exception {
        Department department = content.department();

        mvc.perform(post("/admin/departments/" + department.getId() + "/delete").with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "department.flash.deleted"));

        assertThat(departments.findById(department.getId())).isEmpty();
        assertThat(audit("DEPARTMENT_DELETED", department.getId())).singleElement().asString().contains(department.getSlug());
    }

    @Test
    void changesWithoutACsrfTokenAreRefused() throws Exception {
        Department department = content.department();
        String slug = uniqueSlug();

        mvc.perform(post("/admin/departments").with(as(admin))
                        .param("slug", slug).param("nameZh", "部门").param("nameEn", "Department").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/departments/" + department.getId()).with(as(admin))
                        .param("slug", slug).param("nameZh", "部门").param("nameEn", "Department").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/departments/" + department.getId() + "/delete").with(as(admin)))
                .andExpect(status().isForbidden());

        assertThat(departments.findBySlug(slug)).isEmpty();
        assertThat(departments.findById(department.getId()).orElseThrow().getSlug()).isEqualTo(department.getSlug());
    }

    private List<String> audit(String action, long targetId) {
        return jdbc.queryForList("select details from audit_event where action = ? and target_id = ? and actor = ?",
                String.class, action, targetId, admin.getUsername());
    }

    private void waitForALockWait() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Long waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query ilike 'insert into department%'""", Long.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second insert never waited for the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String uniqueSlug() {
        return "admin-test-department-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private static String fieldError(Document page, String field) {
        var input = page.getElementById(field);
        assertThat(input).as("field " + field).isNotNull();
        var error = input.closest(".field").selectFirst(".field-error");
        assertThat(error).as("error of " + field).isNotNull();
        return error.text();
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
