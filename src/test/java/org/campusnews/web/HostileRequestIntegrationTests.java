package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.media.MediaFixtures;
import org.campusnews.section.Section;
import org.campusnews.support.ArticleEditorPost;
import org.campusnews.support.IntegrationTest;
import org.campusnews.support.RawHttp;
import org.campusnews.support.RawHttp.Multipart;
import org.campusnews.support.RawHttp.Request;
import org.campusnews.support.RawHttp.Response;
import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed and hostile requests over real HTTP against every public address, the sign-in and every staff form: each
 * gets a clear 4xx answer (the site's own page in the visitor's language, a form error, or problem details on the
 * JSON endpoints), never a 500, and nothing is stored.
 */
class HostileRequestIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String NUL = "\u0000";
    private static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    private static final String JSON_ACCEPT = "application/json";

    /** How the application should answer. */
    enum Answer {
        /** An error page in the site's layout. */
        PAGE,
        /** The form again, with an error on a field. */
        FORM,
        /** Problem details (RFC 9457) as JSON. */
        PROBLEM,
        /** A redirect, such as back to the sign-in page with an error. */
        REDIRECT,
        /** An ordinary answer: what was wrong was ignored. */
        OK
    }

    record Case(String description, RawHttp client, Request request, int status, Answer answer, Language language,
            boolean stores) {
    }

    @Autowired
    JdbcClient jdbc;

    private final List<Case> cases = new ArrayList<>();
    private final Map<Integer, Integer> tally = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsAClearAnswerAndStoresNothing() {
        buildTable();
        Stream<DynamicTest> each = cases.stream()
                .map(hostile -> DynamicTest.dynamicTest(hostile.description() + " → " + hostile.status(), () -> check(hostile)));
        return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("no request got a 5xx", () -> {
            System.out.println("Hostile requests: " + cases.size() + ", by status: " + tally);
            assertThat(tally.keySet()).allSatisfy(status -> assertThat(status).isLessThan(500));
        })));
    }

    @Test
    void aHugeUserNameIsRecordedCutToItsColumnAndStillThrottled() {
        String name = "n" + MediaFixtures.unique() + "x".repeat(100_000);
        String recorded = name.substring(0, 100);
        RawHttp visitor = new RawHttp(port);
        for (int attempt = 1; attempt <= 6; attempt++) {
            String body = "username=" + name + "&password=wrong" + csrf(visitor.csrfToken("/login"));
            Response response = visitor.send(Request.post("/login").form(body).header("X-Forwarded-For", "1".repeat(300)));
            assertThat(response.status()).isEqualTo(302);
            assertThat(response.header("Location").orElseThrow()).contains(attempt <= 5 ? "/login?error" : "/login?throttled=");
        }
        List<Map<String, Object>> events = jdbc.sql("select action, actor, remote_addr from audit_event where actor = :actor"
                + " order by id").param("actor", recorded).query().listOfRows();
        assertThat(events).extracting(event -> event.get("action"))
                .containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                        "SIGN_IN_THROTTLED");
        assertThat(events).allSatisfy(event -> assertThat(((String) event.get("remote_addr")).length()).isLessThanOrEqualTo(64));
    }

    @Test
    void aNulInASignInNameIsRecordedAsAReplacementCharacter() {
        int unique = MediaFixtures.unique();
        RawHttp visitor = new RawHttp(port);
        Response response = visitor.send(Request.post("/login")
                .form("username=nul%00" + unique + "&password=wrong" + csrf(visitor.csrfToken("/login"))));

        assertThat(response.header("Location").orElseThrow()).endsWith("/login?error");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :actor and action = 'SIGN_IN_FAILED'")
                .param("actor", "nul\uFFFD" + unique).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedCharacterIsNamedOnTheFieldAndLeftOutOfWhatTheFormShows() {
        Section section = content.section();
        Department department = content.department();
        RawHttp staff = RawHttp.signedIn(port, content.staff(Role.EDITOR).getUsername(), TestContent.PASSWORD);
        String body = ArticleEditorPost.bilingual(section, department).param("en.title", "Open day" + NUL + " on Friday")
                .param("zh.title", "开放日" + RIGHT_TO_LEFT_OVERRIDE).formBody();

        Document form = Jsoup.parse(staff.send(Request.post("/admin/articles").form(body
                + csrf(staff.csrfToken("/admin/articles/new")))).body());

        assertThat(form.selectFirst("#version-en .field-error").text()).contains("U+0000", "It has been removed");
        assertThat(form.selectFirst("#version-zh .field-error").text()).contains("U+202E");
        assertThat(form.selectFirst("input[name='en.title']").val()).isEqualTo("Open day on Friday");
        assertThat(form.selectFirst("input[name='zh.title']").val()).isEqualTo("开放日");
    }

    @Test
    void errorPagesAndProblemsSpeakTheVisitorsLanguage() {
        Document page = Jsoup.parse(new RawHttp(port).send(Request.get("/zh/sections/x?page=%ff")).body());
        assertThat(page.selectFirst("main h1").text()).isEqualTo("请求无效");
        assertThat(page.selectFirst("main .notice--error p").text()).contains("编码不正确");

        RawHttp staff = RawHttp.signedIn(port, content.staff(Role.ADMIN).getUsername(), TestContent.PASSWORD);
        Response problem = staff.send(Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT)
                .header("X-CSRF-TOKEN", staff.csrfToken("/admin/media"))
                .multipart(new Multipart().field("purpose", "IMAGE").field("departmentId", "99999999").file("file", "a.png", png())));
        assertThat(JSON.readTree(problem.body()).get("detail").asString())
                .isEqualTo("The department 99999999 does not exist: choose one from the list.");

        Response longName = staff.send(Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT)
                .header("X-CSRF-TOKEN", staff.csrfToken("/admin/media"))
                .multipart(new Multipart().field("purpose", "IMAGE").file("file", "n".repeat(5_000) + ".png", png())));
        assertThat(JSON.readTree(longName.body()).get("detail").asString()).startsWith("The file name is too long");
    }

    @Test
    void fileNamesLoseTheirDirectionControlsSoThatTheExtensionShowsAsItIs() {
        RawHttp staff = RawHttp.signedIn(port, content.staff(Role.EDITOR).getUsername(), TestContent.PASSWORD);
        String token = staff.csrfToken("/admin/media");
        String longChinese = "报告".repeat(150) + ".pdf";

        Response spoofing = staff.send(Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", token)
                .multipart(new Multipart().field("purpose", "ATTACHMENT")
                        .file("file", "invoice" + RIGHT_TO_LEFT_OVERRIDE + "fdp.exe\u2066.pdf", MediaFixtures.pdf())));
        Response chinese = staff.send(Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", token)
                .multipart(new Multipart().field("purpose", "ATTACHMENT").file("file", longChinese, MediaFixtures.pdf())));

        assertThat(spoofing.status()).isEqualTo(200);
        assertThat(JSON.readTree(spoofing.body()).get("name").asString()).isEqualTo("invoicefdp.exe.pdf");
        assertThat(chinese.status()).as("a name of 300 Chinese characters fits in the part's headers").isEqualTo(200);
        assertThat(JSON.readTree(chinese.body()).get("name").asString()).hasSize(255).endsWith(".pdf");
    }

    @Test
    void theLibraryUploadFormKeepsItsTokenOutOfTheAddress() {
        RawHttp staff = RawHttp.signedIn(port, content.staff(Role.EDITOR).getUsername(), TestContent.PASSWORD);
        Document library = Jsoup.parse(staff.send(Request.get("/admin/media?kind=ATTACHMENT")).body());

        assertThat(library.selectFirst("#library-upload").attr("action")).isEqualTo("/admin/media");
        assertThat(library.select("#library-upload input[type=hidden][name=_csrf]")).hasSize(1);
    }

    private void buildTable() {
        Section section = content.section();
        Department department = content.department();
        Article article = content.article(section, department).en("Hostile requests news").zh("恶意请求新闻").save();
        UserAccount admin = content.staff(Role.ADMIN);
        UserAccount editable = content.staff(Role.AUTHOR, department);

        RawHttp visitor = new RawHttp(port);
        RawHttp staff = RawHttp.signedIn(port, admin.getUsername(), TestContent.PASSWORD);
        RawHttp staffZh = RawHttp.signedIn(port, admin.getUsername(), TestContent.PASSWORD);
        staffZh.cookie("campusnews_lang", "zh");
        String token = staff.csrfToken("/admin/articles/new");
        String tokenZh = staffZh.csrfToken("/admin/articles/new");

        String png = upload(staff, token);
        String sha256 = png.substring(0, 64);
        long mediaId = Long.parseLong(png.substring(65));
        long revision = jdbc.sql("select max(id) from article_revision").query(Long.class).optional().orElse(0L);

        publicAddresses(visitor, section, department, article, sha256);
        apiAddresses(visitor, section, article);
        signIn();
        articleForms(staff, token, staffZh, tokenZh, section, department, article, revision);
        departmentAndSectionForms(staff, token, staffZh, tokenZh, department, section);
        userForms(staff, token, staffZh, tokenZh, editable, department);
        listsAndFilters(staff, staffZh);
        mediaEndpoints(staff, token, staffZh, tokenZh, mediaId);
        sensitiveWordForms(staff, token, staffZh, tokenZh);
    }

    private void sensitiveWordForms(RawHttp staff, String token, RawHttp staffZh, String tokenZh) {
        String word = "hostile" + MediaFixtures.unique();
        staff.send(Request.post("/admin/checks/words").form("word=" + word + "&severity=BLOCK" + csrf(token)));
        long id = jdbc.sql("select id from sensitive_word where word = :word").param("word", word).query(Long.class).single();
        String[][] badFields = {{"word", NUL}, {"word", "w" + RIGHT_TO_LEFT_OVERRIDE}, {"word", "w".repeat(201)}, {"word", ""},
                {"word", "w\u200Bx"}, {"severity", "BOGUS"}, {"severity", NUL}};
        for (String[] field : badFields) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("word", word, "severity", "WARN"));
            fields.put(field[0], field[1]);
            expect(staff, Request.post("/admin/checks/words/" + id).form(encode(fields) + csrf(token)), 200, Answer.FORM,
                    Language.EN, "POST /admin/checks/words/{id} " + field[0] + "=" + visible(field[1]));
            expect(staff, Request.post("/admin/checks/words").form(encode(fields) + csrf(token)), 302, Answer.REDIRECT,
                    Language.EN, "POST /admin/checks/words " + field[0] + "=" + visible(field[1]));
        }
        expect(staffZh, Request.post("/admin/checks/words/" + id).form("word=%00&severity=WARN" + csrf(tokenZh)), 200,
                Answer.FORM, Language.ZH);
        expect(staff, Request.post("/admin/checks/words?x=%ff").form("word=x&severity=BLOCK" + csrf(token)), 400, Answer.PAGE,
                Language.EN);
        expect(staff, Request.post("/admin/checks/words").form("word=%ff&severity=BLOCK" + csrf(token)), 400, Answer.PAGE,
                Language.EN);
        expect(staff, Request.post("/admin/checks/words/abc").form("word=x&severity=BLOCK" + csrf(token)), 400, Answer.PAGE,
                Language.EN);
        expect(staff, Request.post("/admin/checks/words/99999999").form("word=x&severity=BLOCK" + csrf(token)), 404,
                Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/checks/words/abc/delete").form(csrf(token).substring(1)), 400, Answer.PAGE,
                Language.EN);
        expect(staff, Request.post("/admin/checks/words/import").form("file=x" + csrf(token)), 400, Answer.PAGE, Language.EN);
        for (String query : new String[] {"page=abc", "page=0", "page=%00", "q=%00", "q=%ff", "x=%"}) {
            expect(staff, Request.get("/admin/checks/words?" + query), 400, Answer.PAGE, Language.EN);
        }
        expect(staffZh, Request.get("/admin/checks/words/abc"), 400, Answer.PAGE, Language.ZH);
        expect(staff, Request.get("/admin/checks/words?page=99999"), 404, Answer.PAGE, Language.EN);
    }

    private void publicAddresses(RawHttp visitor, Section section, Department department, Article article, String sha256) {
        String sectionPage = "/en/sections/" + section.getSlug();
        String month = "/en/archive/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM")
                .format(article.getReleaseTime().atZone(java.time.ZoneId.of("Asia/Shanghai")));
        String departmentPage = "/zh/departments/" + department.getSlug();
        String[] addresses = {"/", "/en", "/en/", "/zh/", sectionPage, "/zh/sections/" + section.getSlug() + "?page=1",
                "/en/articles/" + article.getId(), "/zh/articles/" + article.getId(),
                "/zh/articles/" + article.getId() + "/qr.png", "/actuator/health", "/login",
                "/media/" + sha256, "/media/" + sha256 + "/w320", "/css/site.css", "/en/search?q=campus", "/zh/search",
                "/en/archive", month, month + "?page=1", "/zh/departments", departmentPage, departmentPage + "?published=1"};
        for (String address : addresses) {
            Language language = address.startsWith("/zh") ? Language.ZH : Language.EN;
            String join = address.contains("?") ? "&" : "?";
            for (String broken : new String[] {"x=%ff", "x=%", "x=%c0%af", "x=%zz", "%ff=1"}) {
                expect(visitor, Request.get(address + join + broken), 400, Answer.PAGE, language);
            }
            int normal = address.equals("/") || address.equals("/en") ? 302 : 200;
            expect(visitor, Request.get(address + join + "x=%00"), normal, normal == 302 ? Answer.REDIRECT : Answer.OK, language);
        }
        // Pages kept in memory by now (each was just answered) are refused all the same.
        expect(visitor, Request.get("/en/?x=%ff"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/zh/articles/" + article.getId() + "?x=%"), 400, Answer.PAGE, Language.ZH);
        expect(visitor, Request.get(sectionPage + "?page=%ff"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get(sectionPage + "?page=%"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/zh/sections/" + section.getSlug() + "?page=%ff"), 400, Answer.PAGE, Language.ZH);
        for (String page : new String[] {"%00", "abc", "0", "-1", "99999999999", "1e3", "1.5"}) {
            expect(visitor, Request.get(sectionPage + "?page=" + page), 400, Answer.PAGE, Language.EN);
        }
        expect(visitor, Request.get(sectionPage + "?page="), 200, Answer.OK, Language.EN);
        expect(visitor, Request.get(sectionPage + "?page=99999"), 404, Answer.PAGE, Language.EN);
        for (String query : new String[] {"%00", "a%07b", "%ff", "%", "%E2%80%AE"}) {
            expect(visitor, Request.get("/en/search?q=" + query), 400, Answer.PAGE, Language.EN);
        }
        for (String query : new String[] {"", "%20", "x".repeat(2_000), "%26%7C%21%3A*()%27%5C", "%27%3B+drop+table+article--",
                "a:*+%26+!b"}) {
            expect(visitor, Request.get("/zh/search?q=" + query), 200, Answer.OK, Language.ZH);
        }
        // Over Tomcat's limit for a request line (8 kB): its 400, in the site's look (in English: no path was read).
        expect(visitor, Request.get("/zh/search?q=" + "x".repeat(10_000)), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/search?q=campus&page=abc"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/search?q=campus&page=99999"), 404, Answer.PAGE, Language.EN);
        for (String badMonth : new String[] {"abcd/01", "99999/01", "2026/1", "2026/001", "%00/01", "2026/%ff"}) {
            expect(visitor, Request.get("/en/archive/" + badMonth), 400, Answer.PAGE, Language.EN);
        }
        for (String noMonth : new String[] {"2026/13", "2026/00", "0000/01", "1900/01"}) {
            expect(visitor, Request.get("/zh/archive/" + noMonth), 404, Answer.PAGE, Language.ZH);
        }
        for (String page : new String[] {"abc", "0", "-1", "99999999999", "%00"}) {
            expect(visitor, Request.get(month + "?page=" + page), 400, Answer.PAGE, Language.EN);
            expect(visitor, Request.get(departmentPage + "?published=" + page), 400, Answer.PAGE, Language.ZH);
            expect(visitor, Request.get(departmentPage + "?translated=" + page), 400, Answer.PAGE, Language.ZH);
        }
        expect(visitor, Request.get(month + "?page=99999"), 404, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/departments/no-such-department"), 404, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/departments/%ff%fe"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/articles/abc"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/zh/articles/99999999999999999999"), 400, Answer.PAGE, Language.ZH);
        expect(visitor, Request.get("/en/articles/99999999"), 404, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/articles/%00"), 400, Answer.PAGE, Language.EN);
        // An article's QR code has an address only for plain ids: anything else finds none. Undecodable ones are 400.
        for (String id : new String[] {"abc", "0", "99999999999999999999"}) {
            expect(visitor, Request.get("/en/articles/" + id + "/qr.png"), 404, Answer.PAGE, Language.EN);
        }
        expect(visitor, Request.get("/en/articles/%00/qr.png"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/zh/articles/%ff/qr.png"), 400, Answer.PAGE, Language.ZH);
        expect(visitor, Request.get("/en/sections/%00"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/sections/%ff%fe"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/zh/sections/no-such-section"), 404, Answer.PAGE, Language.ZH);
        expect(visitor, Request.get("/xx/"), 404, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/media/" + sha256.substring(1) + "%00"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/media/" + sha256 + "/w%00"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/error"), 404, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/error?x=%ff"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/en/").header("Accept", "*/*;q=abc"), 200, Answer.OK, Language.EN);
        expect(visitor, Request.get("/en/").header("Accept", "application/json"), 200, Answer.OK, Language.EN);
        expect(visitor, Request.method("DELETE", "/en/").header("Accept", BROWSER_ACCEPT), 403, Answer.PAGE, Language.EN);
        expect(visitor, Request.method("OPTIONS", "/en/?x=%ff").header("Accept", BROWSER_ACCEPT), 400, Answer.PAGE,
                Language.EN);
        expect(visitor, Request.post("/zh/").form("x=1"), 403, Answer.PAGE, Language.ZH);
        expect(visitor, Request.get("/login").header("Cookie", "campusnews_lang=%00"), 200, Answer.OK, Language.EN);
        expect(visitor, Request.get("/login?lang=%ff"), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.get("/login?lang=%00"), 200, Answer.OK, Language.EN);
        expect(visitor, Request.get("/admin/articles").header("Cookie", "remember-me=%00%00"), 302, Answer.REDIRECT, Language.EN);
        expect(visitor, Request.get("/admin/articles").header("Cookie", "remember-me=YQBiOmM"), 302, Answer.REDIRECT, Language.EN);
    }

    /** The JSON API refuses with problem details, kept answers included (each address is answered once first). */
    private void apiAddresses(RawHttp visitor, Section section, Article article) {
        String list = "/api/v1/articles?lang=en";
        String full = "/api/v1/articles/" + article.getId() + "?lang=en";
        for (String address : new String[] {list, full, "/api/v1/sections", "/api/v1/departments"}) {
            expect(visitor, Request.get(address), 200, Answer.OK, Language.EN);
            String join = address.contains("?") ? "&" : "?";
            for (String broken : new String[] {"x=%ff", "x=%", "x=%c0%af", "x=%zz", "%ff=1", "x=%00", "x=1"}) {
                expect(visitor, Request.get(address + join + broken), 400, Answer.PROBLEM, Language.EN);
            }
        }
        for (String query : new String[] {"&limit=-1", "&limit=0", "&limit=101", "&limit=1e2", "&limit=%00",
                "&limit=99999999999999999999", "&lang=zh", "&since=%00", "&since=2026-13-01T00:00:00Z",
                "&since=+999999999-12-31T23:59:59Z", "&cursor=%00", "&cursor=" + "A".repeat(2_000),
                "&cursor=AQAGYW96ZX7AAAAAAAAAAGtvHnT", "&section=%00", "&section=" + "a".repeat(81),
                "&department=..%2F..%2Fetc", "&q=%00", "&q=", "&q=" + "x".repeat(201)}) {
            expect(visitor, Request.get(list + query), 400, Answer.PROBLEM, Language.EN);
        }
        for (String id : new String[] {"-1", "0", "abc", "1.5", "99999999999999999999", "%00", "1%20OR%201=1"}) {
            expect(visitor, Request.get("/api/v1/articles/" + id + "?lang=en"), 400, Answer.PROBLEM, Language.EN);
        }
        expect(visitor, Request.get("/api/v1/articles/" + article.getId() + "?lang=xx"), 400, Answer.PROBLEM, Language.EN);
        expect(visitor, Request.get("/api/v1/articles/99999999999?lang=en"), 404, Answer.PROBLEM, Language.EN);
        expect(visitor, Request.get("/api/v1/nothing"), 404, Answer.PROBLEM, Language.EN);
        expect(visitor, Request.get(list).header("Accept", "text/html"), 406, Answer.PROBLEM, Language.EN);
        expect(visitor, Request.method("DELETE", full), 405, Answer.PROBLEM, Language.EN);
        expect(visitor, Request.post("/api/v1/articles/abc/views").form("x=1"), 400, Answer.PROBLEM, Language.EN);
        expect(visitor, Request.post("/api/v1/articles/99999999999/views").form(""), 404, Answer.PROBLEM, Language.EN);
    }

    private void signIn() {
        RawHttp visitor = new RawHttp(port);
        String token = visitor.csrfToken("/login");
        String csrf = "&_csrf=" + RawHttp.Forms.encode(token);
        expect(visitor, Request.post("/login").form("username=" + "u".repeat(100_000) + "&password=wrong" + csrf),
                302, Answer.REDIRECT, Language.EN);
        expect(visitor, Request.post("/login").form("username=%00&password=wrong" + csrf), 302, Answer.REDIRECT, Language.EN);
        expect(visitor, Request.post("/login").form("username=admin%E2%80%AE&password=wrong%00" + csrf), 302,
                Answer.REDIRECT, Language.EN);
        expect(visitor, Request.post("/login").form("username=someone&password=wrong" + csrf)
                .header("X-Forwarded-For", "1".repeat(300)), 302, Answer.REDIRECT, Language.EN);
        expect(visitor, Request.post("/login?x=%ff").form("username=someone&password=wrong" + csrf), 400, Answer.PAGE,
                Language.EN);
        expect(visitor, Request.post("/login").form("username=%ff%fe&password=wrong" + csrf), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.post("/login").form("username=%&password=wrong" + csrf), 400, Answer.PAGE, Language.EN);
        expect(visitor, Request.post("/login").form("username=someone&password=wrong"), 403, Answer.PAGE, Language.EN);
    }

    private void articleForms(RawHttp staff, String token, RawHttp staffZh, String tokenZh, Section section,
            Department department, Article article, long revision) {
        String[][] badFields = {
                {"en.title", NUL}, {"en.title", "Title" + NUL}, {"zh.title", "标题" + RIGHT_TO_LEFT_OVERRIDE + "fdp.exe"},
                {"en.title", "two\nlines"}, {"en.title", "t".repeat(201)}, {"en.summary", NUL}, {"zh.summary", "摘".repeat(501)},
                {"en.source", NUL}, {"zh.source", "s".repeat(101)}, {"sourceDepartmentId", "abc"},
                {"reviewComment", "c".repeat(2001)},
                {"reviewComment", "bell\u0007"}, {"departmentId", "abc"}, {"releaseTime", NUL},
                {"releaseTime", "2026-13-45T99:99"}, {"original", "XX"}, {"attachmentIds", "abc"},
                {"en.translatorId", NUL}, {"version", "abc"}};
        for (String[] field : badFields) {
            ArticleEditorPost post = ArticleEditorPost.bilingual(section, department).param(field[0], field[1]);
            expect(staff, Request.post("/admin/articles").form(post.formBody() + csrf(token)), 200, Answer.FORM, Language.EN,
                    "POST /admin/articles " + field[0] + "=" + visible(field[1]));
            expect(staff, Request.post("/admin/articles/" + article.getId()).form(post.formBody() + csrf(token)), 200, Answer.FORM, Language.EN, "POST /admin/articles/{id} " + field[0] + "=" + visible(field[1]));
        }
        ArticleEditorPost chinese = ArticleEditorPost.bilingual(section, department).param("en.title", NUL);
        expect(staffZh, Request.post("/admin/articles").form(chinese.formBody() + csrf(tokenZh)), 200, Answer.FORM, Language.ZH);
        String[][] badReferences = {{"sectionId", "99999999"}, {"departmentId", "99999999"}, {"coverMediaId", "99999999"},
                {"attachmentIds", "99999999"}, {"en.translatorId", "99999999"}, {"action", NUL}, {"action", "BOGUS"}};
        for (String[] field : badReferences) {
            ArticleEditorPost post = ArticleEditorPost.bilingual(section, department).param(field[0], field[1]);
            expect(staff, Request.post("/admin/articles").form(post.formBody() + csrf(token)), 400, Answer.PAGE, Language.EN,
                    "POST /admin/articles " + field[0] + "=" + visible(field[1]));
        }
        ArticleEditorPost valid = ArticleEditorPost.bilingual(section, department);
        expect(staffZh, Request.post("/admin/articles").form(valid.param("action", "BOGUS").formBody() + csrf(tokenZh)),
                400, Answer.PAGE, Language.ZH);
        expect(staff, Request.post("/admin/articles?x=%ff").form(valid.formBody() + csrf(token)), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/articles").form("en.title=%ff&" + valid.formBody() + csrf(token)), 400,
                Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/articles").form(valid.formBody() + "&en.title=%" + csrf(token)), 400, Answer.PAGE,
                Language.EN);
        expect(staff, Request.post("/admin/articles").body("application/json", "{}".getBytes()).header("X-CSRF-TOKEN", token),
                200, Answer.FORM, Language.EN);
        expect(staff, Request.post("/admin/articles/" + article.getId()).form(valid.formBody() + "&listQuery=%00" + csrf(token)),
                400, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/articles/abc/delete").form(csrf(token).substring(1)), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/articles/99999999/delete").form(csrf(token).substring(1)), 404, Answer.PAGE,
                Language.EN);
        expect(staff, Request.post("/admin/articles/" + article.getId() + "/history/abc/restore").form("version=0" + csrf(token)),
                400, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/articles/" + article.getId() + "/history/" + revision + "/restore")
                .form("version=%00" + csrf(token)), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.get("/admin/articles/" + article.getId() + "/preview?lang=xx"), 404, Answer.PAGE, Language.EN);
        expect(staff, Request.get("/admin/articles/" + article.getId() + "/preview?lang=%ff"), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.get("/admin/articles/" + article.getId() + "/edit?q=%00"), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.get("/admin/articles/" + article.getId() + "/edit?page=%ff"), 400, Answer.PAGE, Language.EN);
        expect(staffZh, Request.get("/admin/articles/abc/edit"), 400, Answer.PAGE, Language.ZH);
    }

    private void departmentAndSectionForms(RawHttp staff, String token, RawHttp staffZh, String tokenZh,
            Department department, Section section) {
        String[][] badFields = {{"nameZh", NUL}, {"nameEn", "Name" + NUL}, {"nameZh", "名称" + RIGHT_TO_LEFT_OVERRIDE},
                {"nameEn", "n".repeat(201)}, {"slug", NUL}, {"slug", "s".repeat(81)}, {"sortOrder", "99999999999"},
                {"sortOrder", NUL}};
        for (String form : new String[] {"departments", "sections"}) {
            long id = form.equals("departments") ? department.getId() : section.getId();
            for (String[] field : badFields) {
                Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("slug", "hostile-" + form, "nameZh", "名称",
                        "nameEn", "Name", "sortOrder", "1"));
                fields.put(field[0], field[1]);
                String body = encode(fields);
                expect(staff, Request.post("/admin/" + form).form(body + csrf(token)), 200, Answer.FORM, Language.EN,
                        "POST /admin/" + form + " " + field[0] + "=" + visible(field[1]));
                expect(staff, Request.post("/admin/" + form + "/" + id).form(body + csrf(token)), 200, Answer.FORM, Language.EN,
                        "POST /admin/" + form + "/{id} " + field[0] + "=" + visible(field[1]));
            }
            expect(staffZh, Request.post("/admin/" + form).form("slug=x&nameZh=%00&nameEn=X&sortOrder=1" + csrf(tokenZh)), 200,
                    Answer.FORM, Language.ZH);
            expect(staff, Request.post("/admin/" + form + "/abc").form("slug=x&nameZh=x&nameEn=X&sortOrder=1" + csrf(token)),
                    400, Answer.PAGE, Language.EN);
            expect(staff, Request.post("/admin/" + form + "/99999999").form("slug=x&nameZh=x&nameEn=X&sortOrder=1" + csrf(token)),
                    404, Answer.PAGE, Language.EN);
            expect(staff, Request.post("/admin/" + form + "?x=%ff").form("slug=x&nameZh=x&nameEn=X&sortOrder=1" + csrf(token)),
                    400, Answer.PAGE, Language.EN);
            expect(staff, Request.post("/admin/" + form).form("slug=x&nameZh=%ff&nameEn=X&sortOrder=1" + csrf(token)),
                    400, Answer.PAGE, Language.EN);
            expect(staff, Request.post("/admin/" + form + "/" + id + "/delete").form("x=%" + csrf(token)), 400, Answer.PAGE,
                    Language.EN);
        }
    }

    private void userForms(RawHttp staff, String token, RawHttp staffZh, String tokenZh, UserAccount editable,
            Department department) {
        String[][] badFields = {{"displayName", NUL}, {"displayName", "Name" + RIGHT_TO_LEFT_OVERRIDE}, {"displayName", "n".repeat(101)},
                {"username", NUL}, {"username", "u".repeat(51)}, {"password", "long-enough" + NUL}, {"role", "GOD"},
                {"departmentIds", "99999999"}, {"departmentIds", "abc"}};
        for (String[] field : badFields) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("username", "hostile-user", "displayName", "Name",
                    "password", "long-enough-password", "role", "AUTHOR", "departmentIds", department.getId().toString()));
            fields.put(field[0], field[1]);
            expect(staff, Request.post("/admin/users").form(encode(fields) + csrf(token)), 200, Answer.FORM, Language.EN,
                    "POST /admin/users " + field[0] + "=" + visible(field[1]));
            if (!field[0].equals("username") && !field[0].equals("password")) {
                fields.put("version", String.valueOf(editable.getVersion()));
                expect(staff, Request.post("/admin/users/" + editable.getId()).form(encode(fields) + csrf(token)), 200,
                        Answer.FORM, Language.EN, "POST /admin/users/{id} " + field[0] + "=" + visible(field[1]));
            }
        }
        expect(staff, Request.post("/admin/users/" + editable.getId()).form("displayName=Name&role=AUTHOR&departmentIds="
                + department.getId() + "&version=abc" + csrf(token)), 200, Answer.FORM, Language.EN);
        expect(staff, Request.post("/admin/users/" + editable.getId()).form("displayName=Name&role=AUTHOR&departmentIds="
                + department.getId() + "&enabled=%00&version=" + editable.getVersion() + csrf(token)), 200, Answer.FORM,
                Language.EN);
        expect(staffZh, Request.post("/admin/users").form("username=x%00&displayName=X&password=long-enough-password&role=AUTHOR"
                + csrf(tokenZh)), 200, Answer.FORM, Language.ZH);
        expect(staff, Request.post("/admin/users/" + editable.getId() + "/password").form("password=long-enough%00" + csrf(token)),
                200, Answer.FORM, Language.EN);
        expect(staff, Request.post("/admin/users/" + editable.getId() + "/password").form("password=" + "p".repeat(73)
                + csrf(token)), 200, Answer.FORM, Language.EN);
        expect(staff, Request.post("/admin/users/abc/enable").form(csrf(token).substring(1)), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/users/99999999/disable").form(csrf(token).substring(1)), 404, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/password").form("currentPassword=%00&newPassword=another-password&confirmation="
                + "another-password" + csrf(token)), 200, Answer.FORM, Language.EN);
        expect(staffZh, Request.post("/admin/password").form("currentPassword=x&newPassword=another%00password&confirmation="
                + "another%00password" + csrf(tokenZh)), 200, Answer.FORM, Language.ZH);
        expect(staff, Request.post("/admin/password").form("currentPassword=%ff" + csrf(token)), 400, Answer.PAGE, Language.EN);
    }

    private void listsAndFilters(RawHttp staff, RawHttp staffZh) {
        for (String query : new String[] {"q=%00", "q=%ff%fe", "page=%ff", "page=0", "status=BOGUS",
                "sort=BOGUS", "section=abc", "language=xx", "q=a%E2%80%AEb"}) {
            expect(staff, Request.get("/admin/articles?" + query), 400, Answer.PAGE, Language.EN);
        }
        // Spring trims what it converts to an enum or a number: a NUL alone reads as no filter at all. A long search is
        // cut, as on the public search page; tsquery operators are only punctuation to the search.
        for (String query : new String[] {"status=%00", "sort=%01", "language=%00", "q=" + "q".repeat(201),
                "q=%27%29%3A*%7C%21%26%5C", "q=-", "q=%22"}) {
            expect(staff, Request.get("/admin/articles?" + query), 200, Answer.OK, Language.EN);
        }
        expect(staffZh, Request.get("/admin/articles?q=%00"), 400, Answer.PAGE, Language.ZH);
        for (String query : new String[] {"actor=%00", "actor=" + "a".repeat(101), "from=x%00", "action=BOGUS", "to=2026-02-30",
                "actor=a%E2%80%AEb"}) {
            expect(staff, Request.get("/admin/audit?" + query), 400, Answer.FORM, Language.EN);
        }
        expect(staffZh, Request.get("/admin/audit?actor=%00"), 400, Answer.FORM, Language.ZH);
        for (String query : new String[] {"page=%ff", "page=%", "actor=%ff"}) {
            expect(staff, Request.get("/admin/audit?" + query), 400, Answer.PAGE, Language.EN);
        }
        for (String query : new String[] {"q=%00", "q=%ff", "page=%", "page=%ff", "kind=%00", "type=BOGUS", "q=" + "q".repeat(101),
                "page=0"}) {
            expect(staff, Request.get("/admin/media?" + query), 400, Answer.PAGE, Language.EN);
        }
        expect(staffZh, Request.get("/admin/media?page=%"), 400, Answer.PAGE, Language.ZH);
        for (String page : new String[] {"/admin/users", "/admin/departments", "/admin/sections", "/admin/articles/new",
                "/admin/password", "/admin/users/new"}) {
            expect(staff, Request.get(page + "?x=%ff"), 400, Answer.PAGE, Language.EN);
        }
    }

    private void mediaEndpoints(RawHttp staff, String token, RawHttp staffZh, String tokenZh, long mediaId) {
        for (String accept : new String[] {"text/html", "application/xml", "text/plain", "*/*;q=abc", "image/png"}) {
            expect(staff, Request.get("/admin/media/search?kind=IMAGE").header("Accept", accept), 406, Answer.PROBLEM, Language.EN);
            expect(staff, Request.get("/admin/media/image-list").header("Accept", accept), 406, Answer.PROBLEM, Language.EN);
            expect(staff, Request.post("/admin/media/upload").header("Accept", accept).header("X-CSRF-TOKEN", token)
                    .multipart(new Multipart().field("purpose", "IMAGE").file("file", "fine.png", MediaFixtures.png(8, 8, false))),
                    406, Answer.PROBLEM, Language.EN, "POST /admin/media/upload of a PNG, Accept: " + accept);
        }
        expect(staffZh, Request.get("/admin/media/image-list").header("Accept", "text/html"), 406, Answer.PROBLEM, Language.ZH);
        for (String query : new String[] {"kind=IMAGE&q=%00", "kind=IMAGE&page=%ff", "kind=%00", "kind=IMAGE&q=%", "page=0"}) {
            expect(staff, Request.get("/admin/media/search?" + query).header("Accept", JSON_ACCEPT), 400, Answer.PROBLEM,
                    Language.EN);
        }
        expect(staff, Request.get("/admin/media/image-list?x=%ff").header("Accept", JSON_ACCEPT), 400, Answer.PROBLEM, Language.EN);
        expect(staff, Request.get("/admin/media/search?kind=IMAGE").header("Accept", "*/*"), 200, Answer.OK, Language.EN);

        Object[][] uploads = {
                {new Multipart().field("purpose", "IMAGE").field("departmentId", "99999999").file("file", "a.png", png()), 400},
                {new Multipart().field("purpose", "IMAGE").field("altZh", NUL).file("file", "a.png", png()), 400},
                {new Multipart().field("purpose", "IMAGE").field("altEn", "a".repeat(301)).file("file", "a.png", png()), 400},
                {new Multipart().field("purpose", "IMAGE").field("altEn", "alt" + RIGHT_TO_LEFT_OVERRIDE).file("file", "a.png", png()), 400},
                {new Multipart().field("purpose", NUL).file("file", "a.png", png()), 400},
                {new Multipart().field("purpose", "IMAGE").field("departmentId", "abc").file("file", "a.png", png()), 400},
                {new Multipart().field("purpose", "IMAGE").field("articleId", "99999999").file("file", "a.png", png()), 404},
                {new Multipart().field("purpose", "IMAGE").file("file", "evil" + NUL + ".png", png()), 400},
                {new Multipart().field("purpose", "IMAGE").file("file", "n".repeat(5_000) + ".png", png()), 400},
                {new Multipart().field("purpose", "IMAGE"), 400},
                {new Multipart().field("purpose", "IMAGE").file("file", "empty.png", new byte[0]), 400},
        };
        for (Object[] upload : uploads) {
            expect(staff, Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", token)
                    .multipart((Multipart) upload[0]), (int) upload[1], Answer.PROBLEM, Language.EN);
        }
        expect(staffZh, Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", tokenZh)
                .multipart(new Multipart().field("purpose", "IMAGE").field("departmentId", "99999999").file("file", "a.png", png())),
                400, Answer.PROBLEM, Language.ZH);
        expect(staff, Request.post("/admin/media/upload?x=%ff").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", token)
                .multipart(new Multipart().field("purpose", "IMAGE").file("file", "a.png", png())), 400, Answer.PROBLEM, Language.EN);
        expect(staff, Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", token)
                .body("multipart/form-data", png()), 400, Answer.PROBLEM, Language.EN);
        Multipart manyParts = new Multipart();
        for (int i = 0; i < 60; i++) {
            manyParts.field("field" + i, "x");
        }
        expect(staff, Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT).header("X-CSRF-TOKEN", token)
                .multipart(manyParts.file("file", "a.png", png())), 413, Answer.PROBLEM, Language.EN);

        // The library's own upload form, which works without script: a refusal comes back to the library with a message.
        expect(staff, Request.post("/admin/media").multipart(new Multipart().field("_csrf", token).field("purpose", "IMAGE")
                .field("departmentId", "99999999").file("file", "a.png", png())), 302, Answer.REDIRECT, Language.EN);
        expect(staff, Request.post("/admin/media").multipart(new Multipart().field("_csrf", token).field("purpose", "IMAGE")
                .field("altZh", NUL).file("file", "a.png", png())), 302, Answer.REDIRECT, Language.EN);
        expect(staff, Request.post("/admin/media").multipart(new Multipart().field("_csrf", token).field("purpose", "IMAGE")
                .file("file", "evil" + NUL + ".png", png())), 400, Answer.PAGE, Language.EN);
        expect(staffZh, Request.post("/admin/media").multipart(new Multipart().field("_csrf", tokenZh).field("purpose", "IMAGE")
                .file("file", "n".repeat(5_000) + ".png", png())), 400, Answer.PAGE, Language.ZH);
        expect(staff, Request.post("/admin/media/abc/delete").form(csrf(token).substring(1)), 400, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/media/99999999/delete").form(csrf(token).substring(1)), 404, Answer.PAGE, Language.EN);
        expect(staff, Request.post("/admin/media/" + mediaId + "/delete?kind=%ff").form(csrf(token).substring(1)), 400,
                Answer.PAGE, Language.EN);
    }

    // The table

    private void expect(RawHttp client, Request request, int status, Answer answer, Language language) {
        expect(client, request, status, answer, language, describe(request));
    }

    private void expect(RawHttp client, Request request, int status, Answer answer, Language language, String description) {
        cases.add(new Case(description, client, request, status, answer, language, false));
    }

    private void check(Case hostile) {
        try {
            checkAnswer(hostile);
        } catch (AssertionError failure) {
            throw new AssertionError(hostile.description() + ": " + failure.getMessage(), failure);
        }
    }

    private void checkAnswer(Case hostile) {
        String before = stored();
        Response response = hostile.client().send(hostile.request());
        tally.merge(response.status(), 1, Integer::sum);
        String body = response.body();

        assertThat(response.status()).as(hostile.description() + ": " + abbreviate(body)).isEqualTo(hostile.status());
        assertThat(body).as("no stack trace or container page").doesNotContain("Exception", "\tat ", "Apache Tomcat",
                "Whitelabel", "org.springframework", "org.apache", "PSQLException");
        switch (hostile.answer()) {
            case PAGE -> {
                Document page = sitePage(response, hostile.language());
                assertThat(page.select("header.site-header")).as("the site's own layout").isNotEmpty();
                assertThat(page.select("main .notice--error h1").text()).isNotBlank();
            }
            case FORM -> {
                Document page = sitePage(response, hostile.language());
                assertThat(page.select("header.admin-header")).isNotEmpty();
                assertThat(page.select("main .field-error").eachText()).as("a message on the field").isNotEmpty()
                        .allSatisfy(message -> assertThat(message).isNotBlank());
            }
            case PROBLEM -> {
                assertThat(response.contentType()).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(body);
                assertThat(problem.get("status").asInt()).isEqualTo(hostile.status());
                assertThat(problem.get("title").asString()).isNotBlank();
                assertThat(problem.get("detail").asString()).isNotBlank();
                if (hostile.language() == Language.ZH) {
                    assertThat(problem.get("detail").asString()).containsPattern("\\p{IsHan}");
                }
            }
            case REDIRECT -> assertThat(response.header("Location")).isPresent();
            case OK -> assertThat(response.status()).isLessThan(400);
        }
        if (!hostile.stores()) {
            assertThat(stored()).as("rows and files stored").isEqualTo(before);
        }
    }

    private static Document sitePage(Response response, Language language) {
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).as("the visitor's language").isEqualTo(language.htmlLang());
        return page;
    }

    /** What staff could have stored: the rows of every edited table and the files of the media library. */
    private String stored() {
        String rows = jdbc.sql("""
                        select concat_ws(',', (select count(*) from article), (select count(*) from article_translation),
                            (select count(*) from article_revision), (select count(*) from department),
                            (select count(*) from section), (select count(*) from user_account),
                            (select count(*) from user_department), (select count(*) from media),
                            (select count(*) from article_attachment), (select max(version) from article),
                            (select count(*) from sensitive_word), (select max(updated_at) from sensitive_word),
                            (select count(*) from check_override),
                            (select max(version) from user_account))""")
                .query(String.class).single();
        Path media = Path.of("target/test-media");
        try (Stream<Path> files = Files.exists(media) ? Files.walk(media) : Stream.empty()) {
            return rows + " files " + files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a PNG and returns its hash and id, as {@code sha256:id}. */
    private String upload(RawHttp staff, String token) {
        Response response = staff.send(Request.post("/admin/media/upload").header("Accept", JSON_ACCEPT)
                .header("X-CSRF-TOKEN", token)
                .multipart(new Multipart().field("purpose", "IMAGE").file("file", "hostile.png", png())));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode item = JSON.readTree(response.body());
        return item.get("sha256").asString() + ":" + item.get("id").asLong();
    }

    private static byte[] png() {
        return MediaFixtures.png(16, 12, false);
    }

    private static String csrf(String token) {
        return "&_csrf=" + RawHttp.Forms.encode(token);
    }

    private static String encode(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(field -> RawHttp.Forms.encode(field.getKey()) + "=" + RawHttp.Forms.encode(field.getValue())).toList());
    }

    private static String describe(Request request) {
        String target = request.target();
        return request.method() + " " + (target.length() > 90 ? target.substring(0, 90) + "…(" + target.length() + ")" : target);
    }

    private static String visible(String value) {
        String shown = value.replace(NUL, "\\0").replace(RIGHT_TO_LEFT_OVERRIDE, "\\u202E").replace("\n", "\\n")
                .replace("\u0007", "\\a");
        return shown.length() > 20 ? shown.substring(0, 12) + "…(" + shown.length() + ")" : shown;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
