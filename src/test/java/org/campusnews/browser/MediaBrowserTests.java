package org.campusnews.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.campusnews.department.Department;
import org.campusnews.media.MediaFixtures;
import org.campusnews.section.Section;
import org.campusnews.support.TestContent;
import org.campusnews.user.Role;
import org.campusnews.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor uploads an image into an article's text from the editor; a visitor sees it in its renditions. */
class MediaBrowserTests extends BrowserTest {

    @Test
    void anImageInsertedInTheEditorIsShownOnThePublicPage() throws IOException {
        Section section = content.section();
        Department department = content.department("School of Fine Arts", "美术学院");
        UserAccount editor = content.staff(Role.EDITOR);
        Path photo = Files.write(Files.createTempFile("campus-photo", ".jpg"), MediaFixtures.jpeg(1200, 800));

        try {
            signIn(editor.getUsername(), TestContent.PASSWORD);
            open("/admin/articles/new");
            new Select(waitFor(By.id("sectionId"))).selectByValue(section.getId().toString());
            new Select(browser.findElement(By.id("departmentId"))).selectByValue(department.getId().toString());
            browser.findElement(By.id("zh.title")).sendKeys("美术学院毕业展开幕");
            typeInEditor("zh.body", "毕业展在美术馆开幕。");
            browser.findElement(By.id("tab-en")).click();
            waitFor(By.id("en.present1")).click();
            browser.findElement(By.id("tab-zh")).click();

            waitFor(By.id("zh.image-alt")).sendKeys("美术馆展厅里的毕业作品");
            browser.findElement(By.id("zh.image-file")).sendKeys(photo.toAbsolutePath().toString());
            browser.findElement(By.id("zh.image-upload")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#version-zh .media-insert .media-status"), "The image has been inserted."));

            WebElement frame = browser.findElement(By.cssSelector("#zh\\.body + .tox-tinymce iframe"));
            browser.switchTo().frame(frame);
            WebElement inEditor = browser.findElement(By.cssSelector("#tinymce img"));
            assertThat(inEditor.getAttribute("alt")).isEqualTo("美术馆展厅里的毕业作品");
            assertThat(inEditor.getAttribute("src")).matches(".*/media/[0-9a-f]{64}/w800");
            browser.switchTo().defaultContent();

            browser.findElement(By.id("action-publish")).click();
            waitFor(By.cssSelector(".admin-flash, .field-error, .alert--error"));
            assertThat(browser.findElement(By.cssSelector(".admin-flash")).getText()).contains("published");
            String editPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
            long id = Long.parseLong(editPath.replaceAll("\\D+(\\d+)\\D*", "$1"));
            signOut();

            open("/zh/articles/" + id);
            WebElement image = waitFor(By.cssSelector(".article__body img"));
            assertThat(image.getAttribute("alt")).isEqualTo("美术馆展厅里的毕业作品");
            assertThat(image.getAttribute("loading")).isEqualTo("lazy");
            assertThat(image.getAttribute("srcset")).contains("/w320 320w", "/w800 800w", "/w1600 1200w");
            assertThat(image.getAttribute("width")).isEqualTo("800");
            assertThat(image.getAttribute("height")).isEqualTo("533");
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
            String chosen = (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].currentSrc", image);
            assertThat(chosen).matches(".*/media/[0-9a-f]{64}/w(320|800|1600)");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private void typeInEditor(String textareaId, String text) {
        WebElement frame = waitFor(By.cssSelector("#" + textareaId.replace(".", "\\.") + " + .tox-tinymce iframe"));
        browser.switchTo().frame(frame);
        WebElement editable = browser.findElement(By.id("tinymce"));
        editable.click();
        editable.sendKeys(text);
        browser.switchTo().defaultContent();
    }
}
