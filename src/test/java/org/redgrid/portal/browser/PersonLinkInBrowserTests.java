package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.shared.IdNumber;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone-sized Chromium, a registered resident asks from the home page to be linked to their record,
 * and the community picks the person whose phone matches and confirms; the resident's phone appears on
 * neither page.
 */
@IntegrationTest
class PersonLinkInBrowserTests {

    private static final String PASSWORD = "Grassland#2026";
    private static final String GRID = "150105004015001";

    @LocalServerPort
    int port;

    @Autowired
    DemoSmsGateway sms;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port).resize(Browser.PHONE);
        browser.logOut();
    }

    @AfterEach
    void logOut() {
        browser.logOut();
    }

    /** A valid ID number of a 1977 birth in 赛罕区. */
    private static String idNumber() {
        String first17 = "15010519770707"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void aResidentAsksFromTheHomePageAndTheCommunityConfirmsThePersonWhosePhoneMatches() {
        String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Residents.register(port, sms, phone, PASSWORD, "琪琪");
        var worker = Api.as(port, "taoyuan.grid1");
        long household = worker.post("/api/v1/households", json("gridCode", GRID, "room", "B-" + phone.substring(7)))
                .json()
                .path("id")
                .asLong();
        var registered = worker.post(
                "/api/v1/people", json("householdId", household, "name", "琪琪", "idNumber", idNumber(), "phone", phone));
        assertThat(registered.status()).isEqualTo(201);
        long person = registered.json().path("id").asLong();

        browser.open("/login");
        browser.find(By.name("username")).sendKeys(phone);
        browser.find(By.name("password")).sendKeys(PASSWORD);
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        browser.find(By.id("link-grid")).sendKeys(GRID);
        browser.find(By.id("link-name")).sendKeys("琪琪");
        browser.find(By.cssSelector("#person-link button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/me/person-link"));
        assertThat(browser.find(By.id("person-link-status")).getText()).contains("待确认");
        browser.screenshot("person-link-resident-phone");

        browser.logIn("taoyuan.community");
        browser.open("/person-links?status=PENDING");
        assertThat(browser.text()).contains("手机号一致").doesNotContain(phone);
        browser.find(By.cssSelector("input[name=personId][value='" + person + "']"))
                .click();
        browser.screenshot("person-links-phone");
        browser.find(By.cssSelector("input[name=personId][value='" + person + "']"))
                .findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]"))
                .click();
        browser.waitUntil(d -> browser.text().contains("已处理"));
        var mine = Api.as(port, phone, PASSWORD).get("/api/v1/me/person-link").json();
        assertThat(mine.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(mine.path("personId").asLong()).isEqualTo(person);
    }
}
