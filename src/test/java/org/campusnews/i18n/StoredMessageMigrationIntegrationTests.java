package org.campusnews.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.campusnews.article.Article;
import org.campusnews.audit.AuditAction;
import org.campusnews.audit.AuditLog;
import org.campusnews.department.Department;
import org.campusnews.support.IntegrationTest;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Revision notes and audit details written before they were message codes (English sentences) are turned into codes
 * by the migration V7, and are then shown in the reader's language; text of any other shape is shown as it was.
 * The migration is run again here over rows written in the old form (it changes nothing it has converted).
 */
class StoredMessageMigrationIntegrationTests extends IntegrationTest {

    private static final String MIGRATION = "db/migration/V7__revision_notes_and_audit_details_as_message_codes.sql";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog auditLog;

    private Department department;
    private UserAccount admin;
    private String actor;

    @BeforeEach
    void setUp() {
        department = content.department();
        admin = content.staff(Role.ADMIN);
        actor = "old-form-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    @Test
    void oldRevisionNotesBecomeCodesAndTheChineseHistoryShowsThemInChinese() throws Exception {
        Article article = content.article(content.section(), department).en("Written before the codes").save();
        List<String> old = List.of("created", "edited", "publish", "return", "restored revision 7", "a note of its own");
        for (String note : old) {
            jdbc.update("""
                    insert into article_revision (article_id, article_version, created_at, created_by, note, snapshot)
                    select article_id, article_version, created_at, 'old-editor', ?, snapshot
                    from article_revision where article_id = ? order by id limit 1""", note, article.getId());
        }

        migrate();

        assertThat(notes(article)).containsExactly("revision.note.imported", "revision.note.created",
                "revision.note.edited", "revision.note.PUBLISH", "revision.note.RETURN", "revision.note.restored|7",
                "a note of its own");
        assertThat(historyNotes(article, "zh")).containsExactly("a note of its own",
                "恢复版本 7", "退回作者", "发布", "编辑", "新建", "导入");
        assertThat(historyNotes(article, "en")).containsExactly("a note of its own", "restored revision 7",
                "returned to the author", "published", "edited", "created", "imported");

        migrate();
        assertThat(notes(article)).as("a second run").contains("revision.note.restored|7", "a note of its own");
    }

    @Test
    void oldAuditDetailsBecomeCodesAndTheChineseAuditLogShowsThemInChinese() throws Exception {
        record(AuditAction.SECTION_SAVED, "created old-news (Old | News / 旧闻)");
        record(AuditAction.DEPARTMENT_SAVED, "changed old-office (Office / 办公室) → new-office (New Office / 新办公室)");
        record(AuditAction.REVISION_RESTORED, "revision 12");
        record(AuditAction.SIGN_IN, "remember-me");
        record(AuditAction.SIGN_IN_FAILED, "Bad credentials");
        record(AuditAction.SIGN_IN_FAILED, "DisabledException");
        record(AuditAction.USER_CREATED, "new.author: AUTHOR, departments [intl-office]");
        record(AuditAction.USER_UPDATED, "new.author: display name A. Author → Ann Author; departments [a, b]");
        record(AuditAction.USER_UPDATED, "new.author: display name A. Author → Ann Author");
        record(AuditAction.USER_UPDATED, "new.author: departments [b]");
        record(AuditAction.USER_ROLE_CHANGED, "new.author: AUTHOR → EDITOR");
        record(AuditAction.ARTICLE_PUBLISHED, "changed A Title With An Arrow → Anywhere");

        migrate();

        assertThat(details()).containsExactly(
                "audit.detail.created|old-news (Old \\| News / 旧闻)",
                "audit.detail.changed|old-office (Office / 办公室)|new-office (New Office / 新办公室)",
                "audit.detail.revision|12",
                "audit.detail.rememberMe",
                "audit.detail.badCredentials",
                "audit.detail.signInRefused|DisabledException",
                "audit.detail.userCreated|new.author|AUTHOR|[intl-office]",
                "audit.detail.userRenamedAndMoved|new.author|A. Author|Ann Author|[a, b]",
                "audit.detail.userRenamed|new.author|A. Author|Ann Author",
                "audit.detail.userMoved|new.author|[b]",
                "new.author: AUTHOR → EDITOR",
                "changed A Title With An Arrow → Anywhere");
        assertThat(shownDetails("zh")).containsExactly(
                "changed A Title With An Arrow → Anywhere",
                "new.author: AUTHOR → EDITOR",
                "new.author：部门改为 [b]",
                "new.author：显示名称 A. Author → Ann Author",
                "new.author：显示名称 A. Author → Ann Author；部门改为 [a, b]",
                "new.author：AUTHOR，部门 [intl-office]",
                "被拒绝（DisabledException）",
                "用户名或密码错误",
                "保持登录",
                "版本 12",
                "修改 old-office (Office / 办公室) → new-office (New Office / 新办公室)",
                "新建 old-news (Old | News / 旧闻)");
        assertThat(shownDetails("en")).contains("changed old-office (Office / 办公室) → new-office (New Office / 新办公室)",
                "created old-news (Old | News / 旧闻)", "wrong user name or password");

        migrate();
        assertThat(details()).as("a second run").contains("audit.detail.revision|12", "audit.detail.created|old-news (Old \\| News / 旧闻)");
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(MIGRATION));
        }
    }

    private List<String> notes(Article article) {
        return jdbc.queryForList("select note from article_revision where article_id = ? order by id", String.class,
                article.getId());
    }

    private List<String> historyNotes(Article article, String lang) throws Exception {
        Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/articles/" + article.getId() + "/history")
                .param("lang", lang).with(as(admin))).andReturn().getResponse().getContentAsString());
        return page.select("#revisions tbody tr td:nth-child(4)").eachText();
    }

    private void record(AuditAction action, String details) {
        auditLog.recordAs(actor, action, "USER", null, details);
    }

    private List<String> details() {
        return jdbc.queryForList("select details from audit_event where actor = ? order by id", String.class, actor);
    }

    private List<String> shownDetails(String lang) throws Exception {
        Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/audit").param("actor", actor)
                .param("lang", lang).with(as(admin))).andReturn().getResponse().getContentAsString());
        return page.select("table.data tbody tr td:nth-child(5)").eachText();
    }
}
