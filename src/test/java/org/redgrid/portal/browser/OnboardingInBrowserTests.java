package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident scans a grid's code while logged out, registers by phone with the code the demo SMS
 * gateway sent, logs in with the phone and reports a problem, all on a phone-sized Chromium; the login
 * page keeps the username and warns before the lock-out; the report page in Mongolian is vertical and
 * written in the shipped Mongolian font.
 */
@IntegrationTest
class OnboardingInBrowserTests {

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
    void backToChinese() {
        browser.open("/login?lang=zh_CN");
    }

    private static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private String codeSentTo(String phone) {
        Matcher code = Pattern.compile("(\\d{6})")
                .matcher(sms.lastTo(phone).orElseThrow().text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private void register(String phone, String name) {
        browser.open("/register");
        browser.find(By.id("phone")).sendKeys(phone);
        browser.find(By.cssSelector("#phone-form button[type=submit]")).click();
        browser.find(By.id("code")).sendKeys(codeSentTo(phone));
        browser.find(By.id("displayName")).sendKeys(name);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.find(By.cssSelector("#code-form button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/login?registered"));
    }

    @Test
    void aResidentScansAGridCodeRegistersByPhoneLogsInAndReports() {
        browser.open("/report?grid=" + GRID);
        browser.waitUntil(d -> browser.currentPath().startsWith("/login"));
        assertThat(browser.find(By.id("place-h")).getText()).contains("您在").contains("第一网格");
        browser.screenshot("login-from-qr-phone");
        browser.find(By.id("register-link")).click();

        String phone = newPhone();
        register(phone, "萨仁高娃");
        browser.find(By.name("username")).sendKeys(phone);
        browser.find(By.name("password")).sendKeys(PASSWORD);
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        browser.open("/");
        assertThat(browser.find(By.id("scope")).getText()).contains("内蒙古自治区").contains("尚未关联居民信息");

        browser.open("/report?grid=" + GRID);
        new Select(browser.find(By.id("category"))).selectByValue("PART.STREET_LIGHT");
        String title = "路灯不亮 " + System.nanoTime();
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("description")).sendKeys("小区北门的路灯坏了一周，晚上看不清路。");
        browser.find(By.cssSelector("form.report button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/cases/"));
        assertThat(browser.text()).contains(title);
        assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("待立案");
    }

    @Test
    void aWrongPasswordKeepsTheUsernameAndTheLoginWarnsBeforeTheLockOut() {
        String phone = newPhone();
        register(phone, "图雅");
        for (int attempt = 1; attempt <= 3; attempt++) {
            browser.open("/login");
            var username = browser.find(By.name("username"));
            username.clear();
            username.sendKeys(phone);
            browser.find(By.name("password")).sendKeys("Wrong#Guess" + attempt);
            browser.find(By.cssSelector("form button[type=submit]")).click();
            browser.waitUntil(d -> browser.currentPath().startsWith("/login?error"));
            assertThat(browser.find(By.name("username")).getAttribute("value")).isEqualTo(phone);
            if (attempt < 3) assertThat(browser.findAll(By.id("lock-warning"))).isEmpty();
        }

        assertThat(browser.find(By.id("lock-warning")).getText()).isEqualTo("再错 2 次将锁定 15 分钟");
    }

    @Test
    void theMongolianReportPageIsVerticalAndWrittenInTheShippedFont() {
        String phone = newPhone();
        register(phone, "阿拉坦仓");
        browser.find(By.name("username")).sendKeys(phone);
        browser.find(By.name("password")).sendKeys(PASSWORD);
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));

        browser.open("/report?grid=" + GRID + "&lang=mn");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("ᠠᠰᠠᠭᠤᠳᠠᠯ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("mn-Mong");
        assertThat(browser.script("return getComputedStyle(document.querySelector('main')).writingMode"))
                .isEqualTo("vertical-lr");
        assertThat(browser.script("return getComputedStyle(document.body).fontFamily")
                        .toString())
                .startsWith("\"Noto Sans Mongolian\"");
        Object loaded = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "document.fonts.load('16px \"Noto Sans Mongolian\"', 'ᠮᠣᠩᠭᠣᠯ')"
                        + ".then(faces => done(faces.length > 0 && document.fonts.check('16px \"Noto Sans Mongolian\"', 'ᠮᠣᠩᠭᠣᠯ')"
                        + " && [...document.fonts].some(f => f.family.includes('Noto Sans Mongolian') && f.status === 'loaded')))"
                        + ".catch(() => done(false));");
        assertThat(loaded).isEqualTo(true);
        browser.screenshot("report-mn");
    }
}
