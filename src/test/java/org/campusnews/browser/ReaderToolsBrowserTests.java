package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.section.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reader tools of article pages as a visitor uses them: text size, printing, the QR code. */
class ReaderToolsBrowserTests extends BrowserTest {

    /** Recorded from the start of each document, before any of the page's own content is parsed. */
    private static final String RECORD_POLICY_VIOLATIONS = """
            window.policyViolations = [];
            document.addEventListener('securitypolicyviolation',
                event => window.policyViolations.push(event.violatedDirective + ' ' + event.blockedURI));""";

    private static final String BODY = "<p>" + "Text of the article, long enough to wrap over several lines. ".repeat(12)
            + "</p><h2>A heading</h2><p>More text.</p>";

    private Article first;
    private Article second;

    @BeforeEach
    void createArticles() {
        Section section = content.section();
        Department department = content.department();
        first = content.article(section, department).en("Reading in a larger size").zh("放大字号阅读")
                .body(Language.EN, BODY).save();
        second = content.article(section, department).en("The size is remembered").body(Language.EN, BODY).save();
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_POLICY_VIOLATIONS));
    }

    @Test
    void theTextSizeChangesWithTheButtonsAndIsRemembered() {
        openArticle(first);
        double normal = bodyFontSize();
        assertThat(paragraphFontSize()).isEqualTo(normal);

        larger().click();
        double enlarged = bodyFontSize();
        assertThat(enlarged).isGreaterThan(normal);
        assertThat(paragraphFontSize()).as("the body's paragraphs follow").isEqualTo(enlarged);

        browser.navigate().refresh();
        waitFor(By.cssSelector(".reader-tools"));
        assertThat(bodyFontSize()).as("after a reload").isEqualTo(enlarged);

        smaller().click();
        assertThat(bodyFontSize()).isEqualTo(normal);
        smaller().sendKeys(Keys.ENTER);
        double reduced = bodyFontSize();
        assertThat(reduced).as("by the keyboard").isLessThan(normal);
        assertThat(smaller().getAttribute("aria-disabled")).as("the smallest size").isEqualTo("true");
        smaller().click();
        assertThat(bodyFontSize()).isEqualTo(reduced);

        openArticle(second);
        assertThat(bodyFontSize()).as("on another article").isEqualTo(reduced);
        assertThat(fontSize(".article__title")).as("only the body changes").isGreaterThan(reduced * 1.3);
        for (int i = 0; i < 10; i++) {
            larger().sendKeys(" ");
        }
        double largest = bodyFontSize();
        assertThat(largest).isGreaterThan(enlarged);
        assertThat(larger().getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(smaller().getAttribute("aria-disabled")).isEqualTo("false");
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void withoutScriptsTheButtonsAreNotShown() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open("/en/articles/" + first.getId());
        waitFor(By.cssSelector("h1.article__title"));

        assertThat(browser.findElement(By.cssSelector(".reader-tools")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".article__body")).isDisplayed()).isTrue();
    }

    @Test
    void thePrintViewShowsTheArticleWithItsAddressAndNoNavigation() throws IOException {
        openArticle(first);
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(screenshots.resolve("article-screen.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        String canonical = browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        WebElement printLine = browser.findElement(By.cssSelector(".print-only"));
        List<String> navigation = List.of(".site-nav", ".site-search", ".site-footer", ".article-neighbours",
                ".reader-tools", ".breadcrumb", ".language-switch");
        for (String part : navigation) {
            assertThat(browser.findElement(By.cssSelector(part)).isDisplayed()).as(part + " on screen").isTrue();
        }
        assertThat(printLine.isDisplayed()).as("the address line on screen").isFalse();

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        for (String part : navigation) {
            assertThat(browser.findElement(By.cssSelector(part)).isDisplayed()).as(part + " in print").isFalse();
        }
        assertThat(printLine.isDisplayed()).isTrue();
        assertThat(printLine.getText()).startsWith("Address of this page: " + canonical + " · Release time: ");
        Files.write(screenshots.resolve("article-print.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        for (String part : List.of("h1.article__title", ".article__release-time", ".article__source", ".article__body",
                ".site-brand", ".reader-qr img")) {
            assertThat(browser.findElement(By.cssSelector(part)).isDisplayed()).as(part + " in print").isTrue();
        }

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(printLine.isDisplayed()).isFalse();
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void thePrintButtonLoadsTheCodeAndPrints() {
        openArticle(first);
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.printed = 0; window.print = () => { window.printed++; "
                + "window.codeLoaded = document.querySelector('.reader-qr img').naturalWidth; };");

        browser.findElement(By.id("print-page")).click();

        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> ((Number) page.executeScript("return window.printed")).intValue() == 1);
        assertThat(((Number) page.executeScript("return window.codeLoaded")).intValue())
                .as("the QR code's width in pixels when printing").isGreaterThan(100);
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void theCodeIsLoadedWhenItComesIntoView() {
        openArticle(first);
        WebElement code = browser.findElement(By.cssSelector(".reader-qr img"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", code);

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> naturalWidth(code) > 0);
        assertThat(naturalWidth(code)).isGreaterThan(100);
        assertThat(code.getAttribute("alt")).isEqualTo("QR code of the address of this page");
        assertThat(code.getSize().getWidth()).isEqualTo(120);
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void theToolsPassTheAccessibilityRulesInBothLanguages() {
        for (String language : List.of("en", "zh")) {
            open("/" + language + "/articles/" + first.getId());
            waitFor(By.cssSelector(".reader-tools"));
            larger().click();
            assertThat(seriousViolations()).as(language).isEmpty();
            assertThat(policyViolations()).as(language).isEmpty();
        }
    }

    private void openArticle(Article article) {
        open("/en/articles/" + article.getId());
        waitFor(By.cssSelector(".reader-tools"));
    }

    private WebElement larger() {
        return browser.findElement(By.id("text-larger"));
    }

    private WebElement smaller() {
        return browser.findElement(By.id("text-smaller"));
    }

    private double bodyFontSize() {
        return fontSize(".article__body");
    }

    private double paragraphFontSize() {
        return fontSize(".article__body p");
    }

    private double fontSize(String selector) {
        String size = browser.findElement(By.cssSelector(selector)).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }

    private long naturalWidth(WebElement image) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", image)).longValue();
    }

    private List<?> policyViolations() {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.policyViolations");
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
