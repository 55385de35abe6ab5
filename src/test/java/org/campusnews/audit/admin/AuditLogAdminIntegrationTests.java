package org.campusnews.audit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
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
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class AuditLogAdminIntegrationTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount admin;
    private String actor;

    @BeforeEach
    void signIn() {
        admin = content.staff(Role.ADMIN);
        actor = "audited-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    @Test
    void onlyAdministratorsSeeTheAuditLog() throws Exception {
        auditLog.recordAs(actor, AuditAction.SIGN_IN, "USER", null, "seen by administrators");
        for (Role role : List.of(Role.EDITOR, Role.AUTHOR)) {
            mvc.perform(MockMvcRequestBuilders.get("/admin/audit").with(as(content.staff(role, content.department()))))
                    .andExpect(status().isForbidden());
        }
        Document page = search("/admin/audit", status().isOk());
        assertThat(page.select("table.data tbody tr").text()).contains("seen by administrators");
        assertThat(page.select("#action option")).hasSize(AuditAction.values().length + 1);
    }

    @Test
    void filtersByActionAndActorNewestFirst() throws Exception {
        auditLog.recordAs(actor, AuditAction.SIGN_IN, "USER", null, "first");
        auditLog.recordAs(actor, AuditAction.SIGN_OUT, "USER", null, "second");
        auditLog.recordAs(actor, AuditAction.SIGN_IN, "USER", null, "third");
        auditLog.recordAs("someone-else-" + actor, AuditAction.SIGN_IN, "USER", null, "other");

        Document page = search("/admin/audit?action=SIGN_IN&actor=" + actor.toUpperCase(), status().isOk());

        assertThat(details(page)).containsExactly("third", "first");
        assertThat(page.select("table.data tbody tr td:nth-child(2)").eachText()).containsOnly(actor);
        assertThat(page.selectFirst("#action option[selected]").val()).isEqualTo("SIGN_IN");
        assertThat(page.selectFirst("#actor").val()).isEqualTo(actor.toUpperCase());

        assertThat(details(search("/admin/audit?actor=" + actor, status().isOk()))).containsExactly("third", "second", "first");
        assertThat(details(search("/admin/audit?action=&actor=" + actor + "&from=&to=", status().isOk())))
                .containsExactly("third", "second", "first");
    }

    @Test
    void datesAreWholeDaysInTheSiteTimeZoneWithTheEndDayIncluded() throws Exception {
        record("late on 1 March", Instant.parse("2020-03-01T15:30:00Z")); // 23:30 on 1 March in Shanghai
        record("early on 2 March", Instant.parse("2020-03-01T16:30:00Z")); // 00:30 on 2 March in Shanghai
        record("end of 3 March", Instant.parse("2020-03-03T15:59:59Z")); // 23:59:59 on 3 March in Shanghai

        assertThat(details(search("/admin/audit?actor=" + actor + "&from=2020-03-01&to=2020-03-01", status().isOk())))
                .containsExactly("late on 1 March");
        assertThat(details(search("/admin/audit?actor=" + actor + "&from=2020-03-02&to=2020-03-03", status().isOk())))
                .containsExactly("end of 3 March", "early on 2 March");
        assertThat(details(search("/admin/audit?actor=" + actor + "&to=2020-03-02", status().isOk())))
                .containsExactly("early on 2 March", "late on 1 March");
        Document page = search("/admin/audit?actor=" + actor + "&from=2020-03-02", status().isOk());
        assertThat(details(page)).containsExactly("end of 3 March", "early on 2 March");
        assertThat(page.selectFirst("table.data tbody tr td").text()).isEqualTo("2020-03-03 23:59:59");
    }

    @Test
    void pagesHoldFiftyEventsWithLinksThatKeepTheFilters() throws Exception {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, details)
                select now() - make_interval(secs => n), ?, 'SIGN_IN', 'event ' || n from generate_series(1, 55) n""", actor);

        Document first = search("/admin/audit?actor=" + actor + "&action=SIGN_IN", status().isOk());
        assertThat(details(first)).hasSize(50).startsWith("event 1", "event 2").endsWith("event 50");
        assertThat(first.selectFirst(".pagination a[rel=prev]")).isNull();
        Element next = first.selectFirst(".pagination a[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/admin/audit?action=SIGN_IN&actor=" + actor + "&page=2");

        Document second = search(next.attr("href"), status().isOk());
        assertThat(details(second)).containsExactly("event 51", "event 52", "event 53", "event 54", "event 55");
        assertThat(second.selectFirst(".pagination a[rel=next]")).isNull();
        assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href"))
                .isEqualTo("/admin/audit?action=SIGN_IN&actor=" + actor + "&page=1");
        assertThat(second.selectFirst(".pagination").text()).contains("Page 2 of 2");
    }

    @Test
    void badFilterValuesAreExplainedOnTheFormNotFailures() throws Exception {
        assertThat(errors(search("/admin/audit?action=DROP_TABLES", status().isBadRequest())))
                .containsExactly("Choose an action from the list.");
        assertThat(errors(search("/admin/audit?from=2020-02-30", status().isBadRequest())))
                .containsExactly("Enter the start date as yyyy-MM-dd.");
        assertThat(errors(search("/admin/audit?to=yesterday", status().isBadRequest())))
                .containsExactly("Enter the end date as yyyy-MM-dd.");
        assertThat(errors(search("/admin/audit?from=2020-03-02&to=2020-03-01", status().isBadRequest())))
                .containsExactly("The end date is before the start date.");
        assertThat(errors(search("/admin/audit?page=0", status().isBadRequest()))).containsExactly("The page number is not valid.");
        assertThat(errors(search("/admin/audit?page=two", status().isBadRequest()))).containsExactly("The page number is not valid.");
        assertThat(errors(search("/admin/audit?actor=" + "x".repeat(101), status().isBadRequest())))
                .containsExactly("Use at most 100 characters.");
    }

    @Test
    void staffActionsShowUpWithTheirLabels() throws Exception {
        auditLog.recordAs(actor, AuditAction.USER_ROLE_CHANGED, "USER", 42L, "someone: EDITOR → AUTHOR");

        Document page = search("/admin/audit?actor=" + actor, status().isOk());

        List<String> cells = page.selectFirst("table.data tbody tr").select("td").eachText();
        assertThat(cells.get(2)).isEqualTo("Role changed USER_ROLE_CHANGED");
        assertThat(cells.get(3)).isEqualTo("USER 42");
        assertThat(cells.get(4)).isEqualTo("someone: EDITOR → AUTHOR");
    }

    private void record(String details, Instant at) {
        auditLog.recordAs(actor, AuditAction.SIGN_IN, "USER", null, details);
        jdbc.update("update audit_event set occurred_at = ? where actor = ? and details = ?", Timestamp.from(at), actor, details);
    }

    private Document search(String path, ResultMatcher expectedStatus) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).with(as(admin))).andExpect(expectedStatus).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static List<String> details(Document page) {
        return page.select("table.data tbody tr td:nth-child(5)").eachText();
    }

    private static List<String> errors(Document page) {
        assertThat(page.select("table.data")).isEmpty();
        return page.select("form .alert--error .field-error").eachText();
    }
}
