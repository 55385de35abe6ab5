package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The dashboard in a browser, with the demo content: its charts are drawn, within the policy, and accessible. */
class DashboardBrowserTests extends BrowserTest {

    private static final String RECORD_POLICY_VIOLATIONS = """
            window.policyViolations = [];
            document.addEventListener('securitypolicyviolation',
                event => window.policyViolations.push(event.violatedDirective + ' ' + event.blockedURI));""";

    @Test
    void theDashboardPassesTheAccessibilityRulesAndDrawsItsChartsWithinThePolicy() {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_POLICY_VIOLATIONS));
        signIn("editor", "editor-demo-password");
        for (String path : List.of("/admin", "/admin?lang=zh", "/admin?from=2000-01&lang=en")) {
            open(path);
            waitFor(By.cssSelector("main h1"));
            assertThat(seriousViolations()).as(path).isEmpty();
            assertThat(((JavascriptExecutor) browser).executeScript("return window.policyViolations")).as(path).asList().isEmpty();
        }

        open("/admin");
        WebElement chart = waitFor(By.cssSelector("#stat-published svg[role=img]"));
        assertThat(chart.getSize().getWidth()).isGreaterThan(300);
        List<WebElement> bars = chart.findElements(By.cssSelector("rect"));
        assertThat(bars).as("the demo articles of the last months").isNotEmpty();
        assertThat(bars).allSatisfy(bar -> assertThat(bar.getSize().getHeight()).isPositive());
        assertThat(browser.findElements(By.cssSelector("#stat-published table tbody tr"))).isNotEmpty();

        signOut();
        signIn("author", "author-demo-password");
        open("/admin");
        waitFor(By.cssSelector("#drafts"));
        assertThat(browser.findElements(By.id("statistics"))).isEmpty();
        assertThat(seriousViolations()).as("the author's dashboard").isEmpty();
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
}
