package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.campusnews.article.Article;
import org.campusnews.config.CampusNewsProperties;
import org.campusnews.i18n.Language;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PublicPageBrowserTests extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CampusNewsProperties properties;

    /** Recorded from the start of each document, before any of the page's own content is parsed. */
    private static final String RECORD_POLICY_VIOLATIONS = """
            window.policyViolations = [];
            document.addEventListener('securitypolicyviolation',
                event => window.policyViolations.push(event.violatedDirective + ' ' + event.blockedURI));""";

    /** The characters of an element's text that are drawn inside its box (not cut off by an ellipsis or a clamp). */
    private static final String VISIBLE_CHARACTERS = """
            const element = arguments[0];
            const box = element.getBoundingClientRect();
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let visible = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    const rect = range.getBoundingClientRect();
                    if (rect.width > 0 && rect.right <= box.right + 1 && rect.bottom <= box.bottom + 1) {
                        visible++;
                    }
                }
            }
            return visible;""";

    private static final int SHOWN_TITLE_CHARACTERS = 20;

    @Test
    void homeCardsShowTheStartOfEveryTitleAtCommonWidths() throws IOException {
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        for (int width : List.of(1280, 1024, 768, 390)) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            for (String language : List.of("en", "zh")) {
                open("/" + language + "/");
                waitFor(By.cssSelector(".home-section"));
                Files.write(screenshots.resolve("home-" + language + "-" + width + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("the page fits %d px without scrolling sideways", width).isTrue();
                List<WebElement> titles = browser.findElements(By.cssSelector(".home-section .article-list__title"));
                assertThat(titles).as("titles on the home page").hasSizeGreaterThan(10);
                for (WebElement title : titles) {
                    String text = title.getText().isEmpty() ? title.getAttribute("textContent") : title.getText();
                    long visible = (Long) ((JavascriptExecutor) browser).executeScript(VISIBLE_CHARACTERS, title);
                    int wanted = Math.min(SHOWN_TITLE_CHARACTERS, title.getAttribute("textContent").strip().length());
                    assertThat(visible).as("characters shown of \"%s\" at %d px (%s)", text, width, language)
                            .isGreaterThanOrEqualTo(wanted);
                }
            }
        }
    }

    @Test
    void publicPagesAndTheEditorPassTheAccessibilityRules() {
        Long article = jdbc.sql("""
                        select a.id from article a
                        where a.cover_media_id is not null and a.status = 'PUBLISHED' and a.deleted_at is null
                          and a.release_time <= now() and (select count(*) from article_translation t where t.article_id = a.id) = 2
                        order by a.id limit 1""")
                .query(Long.class).single();
        String section = jdbc.sql("select slug from section order by sort_order limit 1").query(String.class).single();
        String department = jdbc.sql("select d.slug from department d join article a on a.department_id = d.id where a.id = ?")
                .param(article).query(String.class).single();
        String month = jdbc.sql("select to_char(release_time at time zone ?, 'YYYY/MM') from article where id = ?")
                .param(properties.timeZone().getId()).param(article).query(String.class).single();
        List<String> pages = List.of("/en/", "/zh/", "/en/sections/" + section, "/zh/sections/" + section + "?page=1",
                "/en/articles/" + article, "/zh/articles/" + article, "/en/search?q=students", "/zh/search?q=学生",
                "/en/articles/999999999", "/en/archive", "/zh/archive/" + month, "/en/departments",
                "/zh/departments/" + department);
        for (String path : pages) {
            open(path);
            waitFor(By.cssSelector("main"));
            assertThat(seriousViolations()).as(path).isEmpty();
        }

        signIn("editor", "editor-demo-password");
        open("/admin/articles/new");
        waitFor(By.cssSelector("iframe"));
        assertThat(seriousViolations()).as("the article editor").isEmpty();
    }

    /** What axe-core finds against WCAG 2.1 A and AA with a serious or critical impact, one line each. */
    private List<String> seriousViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    @Test
    void structuredDataIsReadAsDataWithinTheContentSecurityPolicy() {
        Article article = content.article(content.section(), content.department())
                .zh("浏览器里的结构化数据")
                .en("Structured data </script><script>window.ranFromTitle = true</script> in the browser")
                .body(Language.EN, "<p>Text.</p>")
                .save();
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_POLICY_VIOLATIONS));

        open("/en/articles/" + article.getId());
        waitFor(By.cssSelector("h1.article__title"));
        JavascriptExecutor page = (JavascriptExecutor) browser;

        @SuppressWarnings("unchecked")
        List<String> types = (List<String>) page.executeScript("""
                return Array.from(document.querySelectorAll('script[type="application/ld+json"]'))
                    .map(script => JSON.parse(script.textContent)['@type']);""");
        assertThat(types).containsExactly("NewsArticle", "BreadcrumbList");
        assertThat(page.executeScript("return window.ranFromTitle === true")).isEqualTo(false);
        assertThat(page.executeScript("return window.policyViolations")).asList().isEmpty();

        // The recorder does see what the policy refuses: an inline script added to the page.
        page.executeScript("""
                const script = document.createElement('script');
                script.textContent = 'window.ranInline = true';
                document.head.appendChild(script);""");
        assertThat(page.executeScript("return window.ranInline === true")).isEqualTo(false);
        assertThat(page.executeScript("return window.policyViolations")).asList()
                .singleElement().asString().startsWith("script-src");
    }
}
