package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** The API's reference page works under the site's content security policy. */
class ApiReferenceBrowserTests extends BrowserTest {

    private static final String RECORD_POLICY_VIOLATIONS = """
            window.policyViolations = [];
            document.addEventListener('securitypolicyviolation',
                event => window.policyViolations.push(event.violatedDirective + ' ' + event.blockedURI));""";

    @Test
    void theReferencePageShowsEveryEndpointWithoutPolicyViolations() {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_POLICY_VIOLATIONS));

        open("/swagger-ui.html");
        waitFor(By.cssSelector(".opblock-summary-path"));

        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Campus News API");
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(element -> element.getAttribute("data-path")).toList())
                .contains("/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/articles/{id}/views",
                        "/api/v1/sections", "/api/v1/departments");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.policyViolations")).asList().isEmpty();
    }
}
