package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.campusnews.article.Article;
import org.campusnews.department.Department;
import org.campusnews.section.Section;
import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The publishing path as staff and visitors meet it, in a real browser with the real rich-text editor: an author
 * writes, the department's editor approves, the news office publishes, a visitor reads.
 */
class PublishingBrowserTests extends BrowserTest {

    @Test
    void authorWritesDepartmentApprovesNewsOfficePublishesVisitorReads() {
        Section section = content.section();
        Department newsroom = content.department("International Office", "国际交流处");
        Department translator = content.department("Basic Courses Department", "基础课部");
        Article older = content.article(section, newsroom).en("An Earlier Story").zh("较早的新闻").releasedHoursAgo(48).save();
        UserAccount author = content.staff(Role.AUTHOR, newsroom);
        UserAccount departmentEditor = content.staff(Role.DEPARTMENT_EDITOR, newsroom);
        UserAccount editor = content.staff(Role.EDITOR);

        signIn(author.getUsername(), TestContent.PASSWORD);
        open("/admin/articles/new");
        new Select(waitFor(By.id("sectionId"))).selectByValue(section.getId().toString());
        new Select(browser.findElement(By.id("sourceDepartmentId"))).selectByValue(newsroom.getId().toString());
        browser.findElement(By.id("zh.title")).sendKeys("滨江大学代表团访问里斯本大学");
        typeInEditor("zh.body", "代表团访问了里斯本大学。");
        browser.findElement(By.id("tab-en")).click();
        waitFor(By.id("en.title")).sendKeys("Riverside Delegation Visits the University of Lisbon");
        typeInEditor("en.body", null);
        new Select(browser.findElement(By.id("en.translatorId"))).selectByValue(translator.getId().toString());
        browser.findElement(By.id("action-submit")).click();

        assertThat(flashOrErrors()).contains("submitted for review");
        assertThat(browser.findElement(By.id("article-status")).getText()).isEqualTo("In review");
        String editPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        long id = Long.parseLong(editPath.replaceAll("\\D+(\\d+)\\D*", "$1"));
        signOut();

        signIn(departmentEditor.getUsername(), TestContent.PASSWORD);
        open("/admin");
        waitFor(By.cssSelector("#waiting-review a[href*='/admin/articles/" + id + "/edit']")).click();
        assertThat(waitFor(By.id("review-level")).getText()).isEqualTo("Waiting for: Department review");
        assertThat(browser.findElements(By.id("action-publish"))).as("the department does not publish").isEmpty();
        browser.findElement(By.id("action-approve")).click();
        assertThat(flashOrErrors()).contains("approved");
        assertThat(browser.findElement(By.id("review-level")).getText()).isEqualTo("Waiting for: News office review");
        assertThat(browser.findElements(By.id("action-approve"))).as("its level is passed").isEmpty();
        signOut();

        signIn(editor.getUsername(), TestContent.PASSWORD);
        open(editPath);
        waitFor(By.id("action-publish")).click();
        assertThat(flashOrErrors()).contains("published");
        assertThat(browser.findElements(By.cssSelector("#review-decisions tbody tr"))).extracting(WebElement::getText)
                .satisfiesExactly(row -> assertThat(row).contains("Department review", "Approved", departmentEditor.getUsername()),
                        row -> assertThat(row).contains("News office review", "Published", editor.getUsername()));
        signOut();

        open("/en/articles/" + id);
        assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText())
                .isEqualTo("Riverside Delegation Visits the University of Lisbon");
        String meta = browser.findElement(By.cssSelector(".article__meta")).getText();
        assertThat(meta).contains("Release time:", "Source: International Office", "Browse times: 1");
        assertThat(browser.findElement(By.cssSelector(".article__source a")).getAttribute("href"))
                .endsWith("/en/departments/" + newsroom.getSlug());
        WebElement body = browser.findElement(By.cssSelector(".article__body"));
        assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("A signing ceremony");
        assertThat(body.findElements(By.cssSelector("ul li"))).extracting(WebElement::getText)
                .containsExactly("Joint doctoral training", "Faculty exchange");
        assertThat(browser.findElement(By.cssSelector(".article__credit")).getText())
                .isEqualTo("Translated by Basic Courses Department");
        assertThat(browser.findElement(By.cssSelector(".article-neighbours__previous")).getText()).isEqualTo("Previous: None");
        WebElement next = browser.findElement(By.cssSelector(".article-neighbours a[rel=next]"));
        assertThat(next.getText()).isEqualTo("An Earlier Story");
        next.click();
        assertThat(waitFor(By.cssSelector("h1.article__title")).getText()).isEqualTo("An Earlier Story");
        assertThat(browser.getCurrentUrl()).endsWith("/en/articles/" + older.getId());
    }

    /** The confirmation after a save, or, to explain a failing test, the errors the page shows instead. */
    private String flashOrErrors() {
        waitFor(By.cssSelector(".admin-flash, .field-error, .alert--error, .notice"));
        return browser.findElements(By.cssSelector(".admin-flash, .field-error, .alert--error, .notice")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + " | " + b);
    }

    /** Types into the TinyMCE editor that replaced a textarea; for English, bold text and a bulleted list. */
    private void typeInEditor(String textareaId, String plainText) {
        WebElement frame = waitFor(By.cssSelector("#" + textareaId.replace(".", "\\.") + " + .tox-tinymce iframe"));
        WebElement container = frame.findElement(By.xpath("ancestor::div[contains(@class,'tox-tinymce')]"));
        browser.switchTo().frame(frame);
        WebElement editable = browser.findElement(By.id("tinymce"));
        editable.click();
        if (plainText != null) {
            editable.sendKeys(plainText);
            browser.switchTo().defaultContent();
            return;
        }
        browser.switchTo().defaultContent();
        container.findElement(By.cssSelector("button[aria-label='Bold']")).click();
        browser.switchTo().frame(frame);
        editable = browser.findElement(By.id("tinymce"));
        editable.sendKeys("A signing ceremony");
        browser.switchTo().defaultContent();
        container.findElement(By.cssSelector("button[aria-label='Bold']")).click();
        browser.switchTo().frame(frame);
        editable = browser.findElement(By.id("tinymce"));
        editable.sendKeys(" took place in Lisbon.", Keys.ENTER);
        browser.switchTo().defaultContent();
        container.findElement(By.cssSelector("[aria-label='Bullet list'] button, button[aria-label='Bullet list']")).click();
        browser.switchTo().frame(frame);
        editable = browser.findElement(By.id("tinymce"));
        editable.sendKeys("Joint doctoral training", Keys.ENTER, "Faculty exchange");
        browser.switchTo().defaultContent();
    }
}
