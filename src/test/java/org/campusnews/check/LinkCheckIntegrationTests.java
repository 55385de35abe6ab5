package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The link checker against a server of the test's own ({@link LinkTestServer}). */
class LinkCheckIntegrationTests extends CheckTestSupport {

    @Autowired
    LinkProbe probe;

    @Autowired
    ApplicationContext context;

    private LinkTestServer server;
    private String base;

    @BeforeEach
    void startServer() {
        server = LinkTestServer.start(context);
        base = server.base();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private LinkOutcome check(String url) {
        return probe.check(url).outcome();
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAndOtherSchemesAreRefusedByDefault() {
        for (String url : List.of(base + "/ok", "http://localhost:" + server.port() + "/ok",
                "http://[::1]:" + server.port() + "/ok", "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3/intranet", "http://192.168.0.1/", "http://0.0.0.0:" + server.port() + "/ok",
                "file:///etc/passwd", "ftp://127.0.0.1/", "gopher://example.org/", "http:///no-host")) {
            assertThat(check(url)).as(url).isEqualTo(LinkOutcome.REFUSED);
        }
        assertThat(server.wasAsked()).as("no request reached the server").isFalse();
    }

    @Test
    void withTheServerAllowedItsAnswersAreToldApart() {
        server.allow();

        LinkResult ok = probe.check(base + "/ok");
        assertThat(ok.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(check(base + "/missing")).isEqualTo(LinkOutcome.NOT_FOUND);
        assertThat(check(base + "/gone")).isEqualTo(LinkOutcome.NOT_FOUND);
        assertThat(probe.check(base + "/broken").status()).isEqualTo(503);
        assertThat(check(base + "/broken")).isEqualTo(LinkOutcome.HTTP_ERROR);
        assertThat(check(base + "/no-head")).as("GET after a HEAD refused").isEqualTo(LinkOutcome.OK);
        assertThat(check(base + "/loop-a")).isEqualTo(LinkOutcome.REDIRECT_LOOP);
        assertThat(check(base + "/chain/0")).isEqualTo(LinkOutcome.TOO_MANY_REDIRECTS);
        assertThat(server.hits("/chain/5")).as("the redirects followed: at most five").isPositive();
        assertThat(server.hits("/chain/6")).isZero();
        assertThat(check(base + "/to-metadata")).as("a redirect to the metadata address").isEqualTo(LinkOutcome.REFUSED);
        assertThat(check("http://127.0.0.2:" + server.port() + "/ok")).as("only the address allowed")
                .isEqualTo(LinkOutcome.REFUSED);
        assertThat(check("http://" + tag() + ".invalid/")).isEqualTo(LinkOutcome.UNRESOLVED);

        long started = System.nanoTime();
        assertThat(check(base + "/slow")).isEqualTo(LinkOutcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("within the read timeout").isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void theEditorShowsTheResultsOfTheBodysLinksOnceTheyAreChecked() throws Exception {
        server.allow();
        Section section = content.section();
        Department department = content.department();
        UserAccount editor = content.staff(Role.EDITOR);
        String body = "<p><a href=\"" + base + "/ok\">fine</a> <a href=\"" + base + "/missing#part\">missing</a> "
                + "<a href=\"" + base + "/loop-a\">loop</a> <a href=\"http://10.1.2.3/intranet\">intranet</a> "
                + "<a href=\"/en/\">home</a> <a href=\"mailto:news@example.edu\">write</a></p>";

        long id = create(editor, ArticleEditorPost.bilingual(section, department).enBody(body), "SAVE");

        List<String> links = List.of(base + "/ok", base + "/missing", base + "/loop-a", "http://10.1.2.3/intranet");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (checked(links) < links.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(checked(links)).as("checked in the background").isEqualTo(links.size());
        Document page = editor(editor, id);
        assertThat(kinds(page, "en-body")).containsExactlyInAnyOrder("LINK_NOT_FOUND", "LINK_REDIRECT_LOOP", "LINK_REFUSED");
        assertThat(marks(page, "en-body")).containsExactlyInAnyOrder(base + "/missing", base + "/loop-a",
                "http://10.1.2.3/intranet");
        assertThat(page.getElementById("checks-pending")).isNull();
        assertThat(server.hits("/ok")).as("checked once, not again at the next save").isEqualTo(1);

        update(editor, id, ArticleEditorPost.bilingual(section, department).enBody(body), "SAVE");
        Thread.sleep(300);
        assertThat(server.hits("/ok")).isEqualTo(1);
    }

    private int checked(List<String> urls) {
        return jdbc.queryForObject("select count(*) from link_check where url = any(?)", Integer.class,
                (Object) urls.toArray(String[]::new));
    }
}
