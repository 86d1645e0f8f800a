package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every demo role logs in through the form in a real Chromium and lands on a home page of its own scope. */
@IntegrationTest
class LoginInBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    @ParameterizedTest
    @CsvSource({
        "region.admin,      15,              数据看板",
        "saihan.admin,      150105,          数据看板",
        "dxdl.street,       150105004,       吹哨报到",
        "taoyuan.community, 150105004015,    待办",
        "taoyuan.grid1,     150105004015001, 走访",
        "taoyuan.grid2,     150105004015002, 走访",
        "gas.dept,          150105,          吹哨报到",
        "resident.zhang,    150105004015001, 我的诉求"
    })
    void everyDemoRoleLogsInAndSeesItsScopeAndItsOwnMenu(String username, String scope, String menuItem) {
        browser.logIn(username);

        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.find(By.id("scope")).getText()).contains(scope);
        assertThat(browser.find(By.cssSelector("header nav")).getText()).contains(menuItem);
    }

    @ParameterizedTest
    @CsvSource({"resident.zhang, 吹哨报到", "gas.dept, 基础信息", "taoyuan.grid1, 管理"})
    void aRoleDoesNotSeeMenuItemsOfWorkItMayNotDo(String username, String menuItem) {
        browser.logIn(username);

        assertThat(browser.find(By.cssSelector("header nav")).getText()).doesNotContain(menuItem);
    }

    @org.junit.jupiter.api.Test
    void aWrongPasswordStaysOnTheLoginPageWithAnErrorInChinese() {
        browser.open("/login");
        browser.find(By.name("username")).sendKeys("taoyuan.grid1");
        browser.find(By.name("password")).sendKeys("not-the-password");
        browser.find(By.cssSelector("form button[type=submit]")).click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/login?error"));
        assertThat(browser.text()).contains("用户名或密码错误");
    }

    @org.junit.jupiter.api.Test
    void aScannedQrCodeLeadsAfterLoginToTheReportPageOfItsPlace() {
        browser.open("/report?grid=150105004015002");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        browser.find(By.name("username")).sendKeys("resident.zhang");
        browser.find(By.name("password")).sendKeys(org.redgrid.support.Api.DEMO_PASSWORD);
        browser.find(By.cssSelector("form button[type=submit]")).click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/report"));
        assertThat(browser.currentPath()).startsWith("/report?grid=150105004015002");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("gridCode")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("150105004015002");
    }
}
