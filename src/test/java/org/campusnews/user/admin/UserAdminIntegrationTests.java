package org.campusnews.user.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.campusnews.department.Department;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.TestContent;
import org.campusnews.support.WebSession;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.user.UserAccountRepository;
import org.campusnews.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class UserAdminIntegrationTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String FIRST_PASSWORD = "first-password-42";

    @Autowired
    UserAccountRepository users;

    @Autowired
    UserService userService;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount admin;
    private Department department;

    @BeforeEach
    void signIn() {
        admin = content.staff(Role.ADMIN);
        department = content.department();
    }

    @Test
    void onlyAdministratorsMayManageUsers() throws Exception {
        UserAccount target = content.staff(Role.AUTHOR, department);
        for (Role role : List.of(Role.EDITOR, Role.AUTHOR)) {
            UserAccount staff = content.staff(role, department);
            String username = uniqueUsername();
            mvc.perform(MockMvcRequestBuilders.get("/admin/users").with(as(staff))).andExpect(status().isForbidden());
            mvc.perform(MockMvcRequestBuilders.get("/admin/users/" + target.getId()).with(as(staff))).andExpect(status().isForbidden());
            mvc.perform(newUser(username, Role.EDITOR.name()).with(as(staff)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + target.getId() + "/disable").with(as(staff)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + target.getId() + "/password").with(as(staff)).with(csrf())
                    .param("password", "taken-over-password")).andExpect(status().isForbidden());
            assertThat(users.existsByUsernameIgnoreCase(username)).isFalse();
        }
        UserAccount stored = users.findById(target.getId()).orElseThrow();
        assertThat(stored.isEnabled()).isTrue();
        assertThat(userService.matchesPassword(stored, TestContent.PASSWORD)).isTrue();
    }

    @Test
    void listShowsRoleDepartmentsAndStatus() throws Exception {
        UserAccount author = content.staff(Role.AUTHOR, department);
        userService.resetPassword(author.getId(), "temporary-password-1");

        Document page = html(mvc.perform(MockMvcRequestBuilders.get("/admin/users").with(as(admin)))
                .andExpect(status().isOk()).andReturn());

        Element row = page.getElementById("user-" + author.getId());
        assertThat(row.select("td").eachText()).startsWith(author.getUsername(), author.getDisplayName(), "Author",
                department.getName().en(), "Yes", "Yes");
        assertThat(row.selectFirst("form[action$='/admin/users/" + author.getId() + "/disable']").attr("method")).isEqualTo("post");
    }

    @Test
    void createsAnAuthorWhoMustChangeTheFirstPassword() throws Exception {
        String username = uniqueUsername();

        mvc.perform(newUser(username, "AUTHOR").param("departmentIds", department.getId().toString()).with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flash", "user.flash.created"));

        UserAccount stored = users.findByUsernameWithDepartments(username).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("New Colleague");
        assertThat(stored.getRole()).isEqualTo(Role.AUTHOR);
        assertThat(stored.getDepartments()).extracting(Department::getId).containsExactly(department.getId());
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(userService.matchesPassword(stored, FIRST_PASSWORD)).isTrue();
        assertThat(audit("USER_CREATED", stored.getId())).singleElement().asString().contains(username, "AUTHOR", department.getSlug());

        WebSession browser = new WebSession(port);
        browser.signIn(username, FIRST_PASSWORD);
        assertThat(browser.get("/admin/articles").headers().firstValue("Location").orElseThrow()).endsWith("/admin/password");
    }

    @Test
    void refusesAShortPasswordABadUserNameAndAnAuthorWithoutDepartment() throws Exception {
        Document page = html(mvc.perform(post("/admin/users").with(as(admin)).with(csrf())
                        .param("username", "a b").param("displayName", "").param("role", "AUTHOR")
                        .param("_departmentIds", "on").param("password", "short"))
                .andExpect(status().isOk()).andReturn());

        assertThat(fieldError(page, "username")).isEqualTo("Use 3 to 50 letters, digits, dots, hyphens or underscores.");
        assertThat(fieldError(page, "displayName")).isEqualTo("Fill in this field.");
        assertThat(fieldError(page, "password")).isEqualTo("Use 10 to 72 characters.");
        assertThat(page.selectFirst("#username").val()).isEqualTo("a b");
        assertThat(users.existsByUsernameIgnoreCase("a b")).isFalse();

        String username = uniqueUsername();
        Document noDepartment = html(mvc.perform(newUser(username, "AUTHOR").param("_departmentIds", "on").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(noDepartment.selectFirst("fieldset .field-error").text())
                .isEqualTo("Choose at least one department for a department editor or an author.");
        assertThat(noDepartment.selectFirst("#username").val()).isEqualTo(username);
        assertThat(noDepartment.selectFirst("#displayName").val()).isEqualTo("New Colleague");
        assertThat(noDepartment.selectFirst("#role option[selected]").val()).isEqualTo("AUTHOR");
        assertThat(users.existsByUsernameIgnoreCase(username)).isFalse();
        Document departmentEditor = html(mvc.perform(newUser(username, "DEPARTMENT_EDITOR").param("_departmentIds", "on")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(departmentEditor.selectFirst("fieldset .field-error").text())
                .isEqualTo("Choose at least one department for a department editor or an author.");
        assertThat(users.existsByUsernameIgnoreCase(username)).isFalse();
        mvc.perform(newUser(username, "LEADER").param("_departmentIds", "on").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsernameWithDepartments(username).orElseThrow().getRole()).as("leaders read every department")
                .isEqualTo(Role.LEADER);
    }

    @Test
    void refusesAPasswordTooLongToHash() throws Exception {
        String username = uniqueUsername();
        Document page = html(mvc.perform(newUser(username, "EDITOR").param("password", "密".repeat(30)).with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("#password").closest(".field").selectFirst(".field-error").text())
                .isEqualTo("This password is too long: use fewer characters.");
        assertThat(users.existsByUsernameIgnoreCase(username)).isFalse();
    }

    @Test
    void refusesAUserNameInUseWhateverItsCase() throws Exception {
        UserAccount existing = content.staff(Role.EDITOR);

        Document page = html(mvc.perform(newUser(existing.getUsername().toUpperCase(), "EDITOR").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn());

        assertThat(fieldError(page, "username")).isEqualTo("This user name is already used.");
        assertThat(jdbc.queryForObject("select count(*) from user_account where lower(username) = lower(?)", Long.class,
                existing.getUsername())).isOne();
    }

    @Test
    void forgedRolesAndDepartmentsGiveFormErrorsAndChangeNothing() throws Exception {
        String username = uniqueUsername();
        Document forgedRole = html(mvc.perform(newUser(username, "SUPERUSER").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldError(forgedRole, "role")).isEqualTo("Choose a role from the list.");

        Document unknownDepartment = html(mvc.perform(newUser(username, "AUTHOR").param("departmentIds", "999999999")
                .with(as(admin)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(unknownDepartment.selectFirst("fieldset .field-error").text()).isEqualTo("Choose departments from the list.");

        Document malformedDepartment = html(mvc.perform(newUser(username, "AUTHOR").param("departmentIds", "one")
                .with(as(admin)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(malformedDepartment.selectFirst("fieldset .field-error").text()).isEqualTo("Choose departments from the list.");
        assertThat(users.existsByUsernameIgnoreCase(username)).isFalse();

        UserAccount author = content.staff(Role.AUTHOR, department);
        for (Map<String, String> forged : List.<Map<String, String>>of(Map.of("role", "ROOT"),
                Map.of("departmentIds", "999999999"), Map.of("departmentIds", "x"), Map.of("version", "new"))) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("displayName", "Hacked", "role", "ADMIN",
                    "departmentIds", department.getId().toString(), "enabled", "true",
                    "version", String.valueOf(author.getVersion())));
            fields.putAll(forged);
            MockHttpServletRequestBuilder request = post("/admin/users/" + author.getId());
            fields.forEach(request::param);
            Document page = html(mvc.perform(request.with(as(admin)).with(csrf()))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page.select("main .field-error").eachText()).as(forged.toString()).hasSize(1);
        }
        UserAccount stored = users.findWithDepartments(author.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.AUTHOR);
        assertThat(stored.getDisplayName()).isEqualTo(author.getDisplayName());
        assertThat(audit("USER_ROLE_CHANGED", author.getId())).isEmpty();
    }

    @Test
    void editShowsTheAccountAndSavesNameRoleDepartmentsAndStatus() throws Exception {
        UserAccount editor = content.staff(Role.EDITOR);
        Department other = content.department();

        Document form = html(mvc.perform(MockMvcRequestBuilders.get("/admin/users/" + editor.getId()).with(as(admin)))
                .andExpect(status().isOk()).andReturn());
        assertThat(form.selectFirst("#displayName").val()).isEqualTo(editor.getDisplayName());
        assertThat(form.selectFirst("#role option[selected]").val()).isEqualTo("EDITOR");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(editor.getVersion()));

        mvc.perform(edit(editor, "Renamed Person", "AUTHOR", department, other).with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "user.flash.saved"));

        UserAccount stored = users.findWithDepartments(editor.getId()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Renamed Person");
        assertThat(stored.getRole()).isEqualTo(Role.AUTHOR);
        assertThat(stored.getDepartments()).extracting(Department::getId).containsExactlyInAnyOrder(department.getId(), other.getId());
        assertThat(audit("USER_ROLE_CHANGED", editor.getId())).containsExactly(editor.getUsername() + ": EDITOR → AUTHOR");
        assertThat(audit("USER_UPDATED", editor.getId())).singleElement().asString().contains("Renamed Person", other.getSlug());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflict() throws Exception {
        UserAccount editor = content.staff(Role.EDITOR);
        long oldVersion = editor.getVersion();
        mvc.perform(edit(editor, "First Change", "EDITOR").with(as(admin)).with(csrf())).andExpect(status().isFound());

        mvc.perform(edit(editor, "Second Change", "ADMIN").param("version", String.valueOf(oldVersion))
                .with(as(admin)).with(csrf())).andExpect(status().isConflict());

        UserAccount stored = users.findById(editor.getId()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("First Change");
        assertThat(stored.getRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void administratorsCannotDemoteOrDisableThemselves() throws Exception {
        Document demoted = html(mvc.perform(edit(admin, admin.getDisplayName(), "EDITOR").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(fieldError(demoted, "role")).isEqualTo("You cannot change your own role.");

        MockHttpServletRequestBuilder disable = post("/admin/users/" + admin.getId())
                .param("displayName", admin.getDisplayName())
                .param("role", "ADMIN")
                .param("_departmentIds", "on")
                .param("_enabled", "on")
                .param("version", String.valueOf(admin.getVersion()));
        Document disabled = html(mvc.perform(disable.with(as(admin)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(disabled.selectFirst("#enabled1").closest(".field").selectFirst(".field-error").text())
                .isEqualTo("You cannot disable your own account.");

        mvc.perform(post("/admin/users/" + admin.getId() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", "user.enabled.self"));

        UserAccount stored = users.findById(admin.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.ADMIN);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(audit("USER_ROLE_CHANGED", admin.getId())).isEmpty();
        assertThat(audit("USER_DISABLED", admin.getId())).isEmpty();
    }

    @Test
    void disablesAndEnablesAnotherAccount() throws Exception {
        UserAccount author = content.staff(Role.AUTHOR, department);

        mvc.perform(post("/admin/users/" + author.getId() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "user.flash.disabled"));
        assertThat(users.findById(author.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(new WebSession(port).signIn(author.getUsername(), TestContent.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).endsWith("/login?disabled");

        mvc.perform(post("/admin/users/" + author.getId() + "/enable").with(as(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "user.flash.enabled"));
        assertThat(users.findById(author.getId()).orElseThrow().isEnabled()).isTrue();

        assertThat(audit("USER_DISABLED", author.getId())).containsExactly(author.getUsername());
        assertThat(audit("USER_ENABLED", author.getId())).containsExactly(author.getUsername());
    }

    @Test
    void resettingAPasswordMakesTheUserChangeItAtTheNextSignIn() throws Exception {
        UserAccount author = content.staff(Role.AUTHOR, department);

        Document tooShort = html(mvc.perform(post("/admin/users/" + author.getId() + "/password").with(as(admin)).with(csrf())
                .param("password", "123")).andExpect(status().isOk()).andReturn());
        assertThat(tooShort.selectFirst("#password + .field-error").text()).isEqualTo("Use 10 to 72 characters.");
        assertThat(users.findById(author.getId()).orElseThrow().isMustChangePassword()).isFalse();

        mvc.perform(post("/admin/users/" + author.getId() + "/password").with(as(admin)).with(csrf())
                        .param("password", "reset-by-admin-1"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "user.flash.passwordReset"));

        UserAccount stored = users.findById(author.getId()).orElseThrow();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(userService.matchesPassword(stored, "reset-by-admin-1")).isTrue();
        assertThat(userService.matchesPassword(stored, TestContent.PASSWORD)).isFalse();
        assertThat(audit("USER_PASSWORD_RESET", author.getId())).containsExactly(author.getUsername());

        WebSession browser = new WebSession(port);
        browser.signIn(author.getUsername(), "reset-by-admin-1");
        HttpResponse<String> articles = browser.get("/admin/articles");
        assertThat(articles.headers().firstValue("Location").orElseThrow()).endsWith("/admin/password");
    }

    @Test
    void changesWithoutACsrfTokenAreRefused() throws Exception {
        UserAccount author = content.staff(Role.AUTHOR, department);
        String username = uniqueUsername();

        mvc.perform(newUser(username, "ADMIN").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(edit(author, "Changed", "ADMIN", department).with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + author.getId() + "/disable").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + author.getId() + "/password").with(as(admin)).param("password", "not-reset-at-all"))
                .andExpect(status().isForbidden());

        assertThat(users.existsByUsernameIgnoreCase(username)).isFalse();
        UserAccount stored = users.findById(author.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.AUTHOR);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.isMustChangePassword()).isFalse();
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundAndBadRequests() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/users/999999999").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/admin/users/me").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/999999999/enable").with(as(admin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999999/password").with(as(admin)).with(csrf()).param("password", "long-enough-password"))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder newUser(String username, String role) {
        return post("/admin/users")
                .param("username", username)
                .param("displayName", "New Colleague")
                .param("role", role)
                .param("_departmentIds", "on")
                .param("password", FIRST_PASSWORD);
    }

    private static MockHttpServletRequestBuilder edit(UserAccount user, String displayName, String role, Department... departments) {
        MockHttpServletRequestBuilder request = post("/admin/users/" + user.getId())
                .param("displayName", displayName)
                .param("role", role)
                .param("_departmentIds", "on")
                .param("enabled", "true")
                .param("_enabled", "on")
                .param("version", String.valueOf(user.getVersion()));
        for (Department department : departments) {
            request.param("departmentIds", department.getId().toString());
        }
        return request;
    }

    private List<String> audit(String action, long targetId) {
        return jdbc.queryForList("select details from audit_event where action = ? and target_id = ? and actor = ?",
                String.class, action, targetId, admin.getUsername());
    }

    private static String uniqueUsername() {
        return "new.user_" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
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
