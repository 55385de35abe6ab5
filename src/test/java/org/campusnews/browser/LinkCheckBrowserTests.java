package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.campusnews.article.Article;
import org.campusnews.check.LinkTestServer;
import org.campusnews.department.Department;
import org.campusnews.i18n.Language;
import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The results of an article's link checks appear in the open editor once they are ready, without a reload. */
class LinkCheckBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theEditorShowsTheLinksFindingsWhenTheyAreReadyKeepingWhatTheReviewerTyped() {
        try (LinkTestServer server = LinkTestServer.start(context)) {
            server.allow();
            Department department = content.department();
            UserAccount editor = content.staff(Role.EDITOR);
            String missing = server.base() + "/missing";
            Article article = content.article(content.section(), department).zh("链接检查").en("Links to check")
                    .body(Language.EN, "<p><img src=\"/no-such-image.png\"> <a href=\"" + missing + "\">gone</a></p>")
                    .draft().save();

            signIn(editor.getUsername(), TestContent.PASSWORD);
            open("/admin/articles/" + article.getId() + "/edit");
            waitFor(By.id("checks-pending"));
            browser.findElement(By.id("tab-en")).click();
            WebElement reason = waitFor(By.cssSelector("#checks-en-body li[data-kind=IMAGE_WITHOUT_ALT] input[name=overrideReason]"));
            reason.sendKeys("a decorative picture");
            ((JavascriptExecutor) browser).executeScript("window.sameDocument = true;");
            assertThat(browser.findElements(By.cssSelector("#checks-en-body li[data-kind=LINK_NOT_FOUND]"))).isEmpty();

            server.checkSoon(missing);

            WebElement finding = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#checks-en-body li[data-kind=LINK_NOT_FOUND]")));
            assertThat(finding.findElement(By.tagName("mark")).getText()).isEqualTo(missing);
            assertThat(server.hits("/missing")).isPositive();
            assertThat(browser.findElements(By.id("checks-pending"))).isEmpty();
            assertThat(browser.findElement(By.cssSelector("#checks .check-index")).getText()).contains("404");
            assertThat(browser.findElement(By.cssSelector(
                    "#checks-en-body li[data-kind=IMAGE_WITHOUT_ALT] input[name=overrideReason]")).getAttribute("value"))
                    .isEqualTo("a decorative picture");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument === true")).isEqualTo(true);
        }
    }
}
