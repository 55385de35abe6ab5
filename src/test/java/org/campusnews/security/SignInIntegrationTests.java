package org.campusnews.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.campusnews.support.IntegrationTest;
import org.campusnews.support.TestContent;
import org.campusnews.support.WebSession;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.campusnews.user.UserService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SignInIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService users;

    @Test
    void staffSignInWithANewSessionIdAndLandOnTheDashboard() {
        UserAccount editor = content.staff(Role.EDITOR);
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String sessionBefore = browser.cookie("SESSION").orElseThrow();

        HttpResponse<String> response = browser.signIn(editor.getUsername(), TestContent.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(browser.cookie("SESSION").orElseThrow()).isNotEqualTo(sessionBefore);
        assertThat(auditCount(editor.getUsername(), "SIGN_IN")).isEqualTo(1);
    }

    @Test
    void staffSentToSignInFromAnAdminLinkReturnThereAfterSigningIn() {
        UserAccount editor = content.staff(Role.EDITOR);
        WebSession browser = new WebSession(port);
        String deepLink = "/admin/articles?status=IN_REVIEW";
        assertThat(browser.get(deepLink).headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> response = browser.signIn(editor.getUsername(), TestContent.PASSWORD);

        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(deepLink).doesNotEndWith("/admin");
        HttpResponse<String> returned = browser.get(location.substring(location.indexOf("/admin")));
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(returned.body()).selectFirst("main h1").text()).isEqualTo("Articles");
        assertThat(browser.page("/admin").selectFirst("main h1").text()).isEqualTo("Dashboard");
    }

    @Test
    void signedInStaffOpeningTheSignInPageAreSentToTheDashboard() {
        WebSession browser = new WebSession(port);
        browser.signIn(content.staff(Role.AUTHOR).getUsername(), TestContent.PASSWORD);

        HttpResponse<String> response = browser.get("/login");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(browser.page("/admin").selectFirst("main h1").text()).isEqualTo("Dashboard");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageAndAudited() {
        UserAccount author = content.staff(Role.AUTHOR);
        WebSession browser = new WebSession(port);

        HttpResponse<String> response = browser.signIn(author.getUsername(), "not-the-password");

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.page("/login?error").selectFirst(".alert--error").text()).isEqualTo("Wrong user name or password.");
        assertThat(auditCount(author.getUsername(), "SIGN_IN_FAILED")).isEqualTo(1);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesRefuseEvenTheRightPasswordForAWhile() {
        UserAccount author = content.staff(Role.AUTHOR);
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn(author.getUsername(), "wrong-" + i);
        }

        HttpResponse<String> response = browser.signIn(author.getUsername(), TestContent.PASSWORD);

        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?throttled=");
        assertThat(browser.page(location.substring(location.indexOf("/login"))).selectFirst(".alert--error").text())
                .startsWith("Too many failed sign-ins for this account. Try again in ");
        assertThat(auditCount(author.getUsername(), "SIGN_IN_THROTTLED")).isEqualTo(1);
        assertThat(new WebSession(port).signIn(content.staff(Role.AUTHOR).getUsername(), TestContent.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        UserAccount author = content.staff(Role.AUTHOR);
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn(author.getUsername(), "wrong-" + i);
        }
        jdbc.update("update sign_in_failure set failed_at = failed_at - interval '16 minutes' where lower(username) = lower(?)",
                author.getUsername());

        assertThat(browser.signIn(author.getUsername(), TestContent.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/admin");
    }

    @Test
    void disabledAccountsCannotSignIn() {
        UserAccount author = content.staff(Role.AUTHOR);
        author.setEnabled(false);
        users.save(author);

        assertThat(new WebSession(port).signIn(author.getUsername(), TestContent.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).endsWith("/login?disabled");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        UserAccount editor = content.staff(Role.EDITOR);

        HttpResponse<String> response = new WebSession(port)
                .post("/login", Map.of("username", editor.getUsername(), "password", TestContent.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(auditCount(editor.getUsername(), "SIGN_IN")).isZero();
    }

    @Test
    void adminPagesSendVisitorsToTheSignInPage() {
        HttpResponse<String> response = new WebSession(port).get("/admin/articles");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void passwordSetByAnAdministratorMustBeChangedAtTheNextSignIn() {
        UserAccount author = content.staff(Role.AUTHOR);
        users.resetPassword(author.getId(), "temporary-password-1");
        WebSession browser = new WebSession(port);
        browser.signIn(author.getUsername(), "temporary-password-1");

        HttpResponse<String> articles = browser.get("/admin/articles");
        assertThat(articles.headers().firstValue("Location").orElseThrow()).endsWith("/admin/password");

        HttpResponse<String> mismatch = browser.submit("/admin/password", "/admin/password", Map.of(
                "currentPassword", "temporary-password-1", "newPassword", "my-own-password-1", "confirmation", "typo"));
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(mismatch.body()).contains("The two new passwords differ.");

        HttpResponse<String> changed = browser.submit("/admin/password", "/admin/password", Map.of(
                "currentPassword", "temporary-password-1", "newPassword", "my-own-password-1", "confirmation", "my-own-password-1"));
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(browser.page("/admin").selectFirst(".admin-flash").text()).isEqualTo("Your password has been changed.");
        assertThat(browser.get("/admin/articles").statusCode()).isNotEqualTo(302);
        assertThat(new WebSession(port).signIn(author.getUsername(), "my-own-password-1")
                .headers().firstValue("Location").orElseThrow()).endsWith("/admin");
    }

    @Test
    void pagesCarrySecurityHeadersAndStaffPagesAreNeverCached() {
        HttpResponse<String> publicPage = get("/en/");
        assertThat(publicPage.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "frame-ancestors 'self'").doesNotContain("unsafe-eval");
        assertThat(publicPage.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        UserAccount editor = content.staff(Role.EDITOR);
        WebSession browser = new WebSession(port);
        browser.signIn(editor.getUsername(), TestContent.PASSWORD);
        HttpResponse<String> adminPage = browser.get("/admin/password");
        assertThat(adminPage.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void signingOutEndsTheSession() {
        UserAccount editor = content.staff(Role.EDITOR);
        WebSession browser = new WebSession(port);
        browser.signIn(editor.getUsername(), TestContent.PASSWORD);

        HttpResponse<String> signedOut = browser.submit("/admin/password", "/logout", Map.of());

        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(browser.get("/admin/password").statusCode()).isEqualTo(302);
        assertThat(auditCount(editor.getUsername(), "SIGN_OUT")).isEqualTo(1);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() {
        UserAccount author = content.staff(Role.AUTHOR);
        UserAccount admin = content.staff(Role.ADMIN);
        WebSession browser = new WebSession(port);
        browser.signIn(author.getUsername(), TestContent.PASSWORD);
        assertThat(browser.get("/admin/password").statusCode()).isEqualTo(200);

        users.setEnabledByAdmin(author.getId(), false, admin.getId());

        HttpResponse<String> next = browser.get("/admin/password");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(browser.page("/login?expired").selectFirst(".alert").text()).contains("Your session has ended");
    }

    @Test
    void keepMeSignedInSurvivesTheSessionUntilAnAdministratorChangesTheAccount() {
        UserAccount author = content.staff(Role.AUTHOR);
        UserAccount admin = content.staff(Role.ADMIN);
        WebSession browser = new WebSession(port);
        browser.submit("/login", "/login", Map.of("username", author.getUsername(), "password", TestContent.PASSWORD,
                "rememberMe", "true"));
        String token = browser.cookie("remember-me").orElseThrow();

        WebSession nextWeek = new WebSession(port);
        nextWeek.addCookie("remember-me", token);
        assertThat(nextWeek.get("/admin/password").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'SIGN_IN' and details = 'audit.detail.rememberMe'",
                Long.class, author.getUsername())).isEqualTo(1);
        String renewed = nextWeek.cookie("remember-me").orElseThrow();

        users.setEnabledByAdmin(author.getId(), false, admin.getId());
        users.setEnabledByAdmin(author.getId(), true, admin.getId());

        WebSession afterTheChange = new WebSession(port);
        afterTheChange.addCookie("remember-me", renewed);
        assertThat(afterTheChange.get("/admin/password").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Long.class,
                author.getUsername())).isZero();
    }

    @Test
    void withoutKeepMeSignedInNoTokenIsKept() {
        UserAccount author = content.staff(Role.AUTHOR);
        WebSession browser = new WebSession(port);

        browser.signIn(author.getUsername(), TestContent.PASSWORD);

        assertThat(browser.cookie("remember-me")).isEmpty();
    }

    private long auditCount(String actor, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Long.class, actor, action);
    }
}
