package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.campusnews.article.Article;
import org.campusnews.i18n.Language;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

class PublicPageBrowserTests extends BrowserTest {

    /** Recorded from the start of each document, before any of the page's own content is parsed. */
    private static final String RECORD_POLICY_VIOLATIONS = """
            window.policyViolations = [];
            document.addEventListener('securitypolicyviolation',
                event => window.policyViolations.push(event.violatedDirective + ' ' + event.blockedURI));""";

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
