package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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

/**
 * The link checker against a server of the test's own on 127.0.0.1, which the default policy refuses like every
 * private, loopback and link-local address: the test allows it at run time ({@link LinkProbe#usePolicy}) and puts the
 * configured policy back afterwards, so that the shared test context keeps refusing it.
 */
class LinkCheckIntegrationTests extends CheckTestSupport {

    @Autowired
    LinkProbe probe;

    private HttpServer server;
    private ExecutorService serverThreads;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        probe.useConfiguredPolicy();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/ok" -> send(exchange, 200, null);
            case "/missing" -> send(exchange, 404, null);
            case "/gone" -> send(exchange, 410, null);
            case "/broken" -> send(exchange, 503, null);
            case "/loop-a" -> send(exchange, 302, "/loop-b");
            case "/loop-b" -> send(exchange, 301, base + "/loop-a");
            case "/to-metadata" -> send(exchange, 302, "http://169.254.169.254/latest/meta-data/");
            case "/no-head" -> send(exchange, "HEAD".equals(exchange.getRequestMethod()) ? 405 : 200, null);
            case "/slow" -> {
                try {
                    Thread.sleep(Duration.ofSeconds(10).toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, null);
            }
            default -> {
                if (path.startsWith("/chain/")) {
                    int n = Integer.parseInt(path.substring("/chain/".length()));
                    send(exchange, 302, "/chain/" + (n + 1));
                } else {
                    send(exchange, 404, null);
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private LinkOutcome check(String url) {
        return probe.check(url).outcome();
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAndOtherSchemesAreRefusedByDefault() {
        for (String url : List.of(base + "/ok", "http://localhost:" + server.getAddress().getPort() + "/ok",
                "http://[::1]:" + server.getAddress().getPort() + "/ok", "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3/intranet", "http://192.168.0.1/", "http://0.0.0.0:" + server.getAddress().getPort() + "/ok",
                "file:///etc/passwd", "ftp://127.0.0.1/", "gopher://example.org/", "http:///no-host")) {
            assertThat(check(url)).as(url).isEqualTo(LinkOutcome.REFUSED);
        }
        assertThat(hits).as("no request reached the server").isEmpty();
    }

    @Test
    void withTheServerAllowedItsAnswersAreToldApart() {
        probe.usePolicy(AddressPolicy.allowing(List.of("127.0.0.1")));

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
        assertThat(hits.keySet().stream().filter(path -> path.startsWith("/chain/")).count())
                .as("the redirects followed: at most five").isEqualTo(6);
        assertThat(check(base + "/to-metadata")).as("a redirect to the metadata address").isEqualTo(LinkOutcome.REFUSED);
        assertThat(check("http://127.0.0.2:" + server.getAddress().getPort() + "/ok")).as("only the address allowed")
                .isEqualTo(LinkOutcome.REFUSED);
        assertThat(check("http://" + tag() + ".invalid/")).isEqualTo(LinkOutcome.UNRESOLVED);

        long started = System.nanoTime();
        assertThat(check(base + "/slow")).isEqualTo(LinkOutcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("within the read timeout").isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void theEditorShowsTheResultsOfTheBodysLinksOnceTheyAreChecked() throws Exception {
        probe.usePolicy(AddressPolicy.allowing(List.of("127.0.0.1")));
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
        assertThat(hits.get("/ok").get()).as("checked once, not again at the next save").isEqualTo(1);

        update(editor, id, ArticleEditorPost.bilingual(section, department).enBody(body), "SAVE");
        Thread.sleep(300);
        assertThat(hits.get("/ok").get()).isEqualTo(1);
    }

    private int checked(List<String> urls) {
        return jdbc.queryForObject("select count(*) from link_check where url = any(?)", Integer.class,
                (Object) urls.toArray(String[]::new));
    }
}
