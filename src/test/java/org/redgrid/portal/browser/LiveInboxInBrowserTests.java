package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The open inbox follows new cases by server-sent events, and a hostile title stays text. */
@IntegrationTest
class LiveInboxInBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    long report(String title) {
        var response = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.ENVIRONMENT",
                                "gridCode", "150105004015001",
                                "title", title,
                                "description", "楼下垃圾桶满溢。"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    @Test
    void aNewCaseAppearsInTheOpenInboxWithoutAReload() {
        browser.logIn("taoyuan.community").open("/tasks?list=INBOX");
        browser.waitUntil(d -> browser.script(
                        "return document.querySelector('[sse-connect]') != null"
                                + " && document.querySelector('[sse-connect]')['htmx-internal-data'] != null"
                                + " && document.querySelector('[sse-connect]')['htmx-internal-data'].sseEventSource != null"
                                + " && document.querySelector('[sse-connect]')['htmx-internal-data'].sseEventSource.readyState === 1")
                .equals(Boolean.TRUE));
        browser.script("window.notReloaded = true;");
        String title = "垃圾桶满溢 " + System.nanoTime();

        report(title);

        browser.waitUntil(d -> browser.find(By.id("work-list")).getText().contains(title));
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(Boolean.TRUE);
        browser.screenshot("work-community-inbox-desktop");
    }

    @Test
    void aCaseTitledWithAScriptTagShowsTheTagAsText() {
        String title = "<script>alert(1)</script>";
        long id = report(title);

        browser.logIn("taoyuan.community").open("/cases/" + id);

        assertThat(browser.find(By.id("case-title")).getText()).isEqualTo(title);
        assertThat(browser.findAll(By.xpath("//main//script"))).isEmpty();
        browser.open("/tasks?list=INBOX");
        assertThat(browser.find(By.id("work-list")).getText()).contains(title);
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script from a case title ran");
        } catch (NoAlertPresentException expected) {
            // The title was shown as text and never ran.
        }
    }
}
