package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Browser;

/** Steps of the work pages as a person takes them in the browser: open a case, press an action's button. */
final class WorkFlow {

    /** A 1×1 red PNG, written once to a temporary file for the file inputs. */
    static final Path PHOTO = photo();

    private final Browser browser;

    WorkFlow(Browser browser) {
        this.browser = browser;
    }

    private static Path photo() {
        try {
            Path file = Files.createTempFile("redgrid-photo", ".png");
            Files.write(
                    file,
                    Base64.getDecoder()
                            .decode(
                                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the case whose page the browser shows. */
    long caseId() {
        String path = browser.currentPath();
        return Long.parseLong(path.replaceAll("^/cases/(\\d+).*$", "$1"));
    }

    /** Opens the case whose title shows in the current list, by clicking it. */
    WorkFlow openFromList(String title) {
        browser.waitUntil(d -> browser.text().contains(title));
        browser.find(By.xpath(
                        "//ul[contains(@class,'cases')]//a[.//span[@class='title' and text()=" + literal(title) + "]]"))
                .click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/cases/"));
        return this;
    }

    WebElement form(String action) {
        return browser.find(By.id("act-" + action));
    }

    WorkFlow note(String action, String note) {
        form(action).findElement(By.name("note")).sendKeys(note);
        return this;
    }

    WorkFlow choose(String action, String field, String value) {
        new Select(form(action).findElement(By.name(field))).selectByValue(value);
        return this;
    }

    /** Ticks the radio button {@code value} of {@code field}: nothing is chosen for the user beforehand. */
    WorkFlow pick(String action, String field, String value) {
        form(action)
                .findElement(By.cssSelector("input[type=radio][name='" + field + "'][value='" + value + "']"))
                .click();
        return this;
    }

    WorkFlow attach(String action) {
        form(action)
                .findElement(By.name("photos"))
                .sendKeys(PHOTO.toAbsolutePath().toString());
        return this;
    }

    /** Presses the action's button and waits for the case page to confirm it and show the new status. */
    WorkFlow press(String action, String statusAfter) {
        long id = caseId();
        form(action).findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().equals("/cases/" + id)
                && !d.findElements(By.cssSelector("p.notice[role=status]")).isEmpty());
        // the live page may redraw itself once more after the redirect: read the status as it settles
        browser.waitUntil(
                d -> statusAfter.equals(d.findElement(By.id("case-status")).getText()));
        assertThat(browser.text()).contains(statusAfter);
        return this;
    }

    boolean offers(String action) {
        return !browser.findAll(By.id("act-" + action)).isEmpty();
    }

    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
