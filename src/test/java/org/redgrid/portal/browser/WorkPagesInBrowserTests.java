package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role's work pages in a real Chromium, at phone and desktop widths: every control has a label,
 * the home page counts the work, and the key pages are photographed for the README.
 */
@IntegrationTest
class WorkPagesInBrowserTests {

    /** Inputs a person fills in that have no label the browser can name them by. */
    static final String UNLABELLED = "return Array.from(document.querySelectorAll('input, select, textarea'))"
            + ".filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.labels.length === 0)"
            + ".map(e => e.outerHTML);";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    @ParameterizedTest
    @CsvSource({
        "taoyuan.grid1,     我的任务",
        "taoyuan.community, 待处理",
        "dxdl.street,       上报督办",
        "gas.dept,          吹哨报到",
        "resident.zhang,    我的诉求",
        "region.admin,      上报督办"
    })
    void everyRoleFindsItsWorkAndEveryControlHasALabel(String username, String firstList) {
        browser.resize(Browser.PHONE).logIn(username);
        browser.waitUntil(
                d -> !browser.findAll(By.cssSelector(".work-counts .stat")).isEmpty());
        assertThat(browser.find(By.cssSelector(".work-counts")).getText()).contains(firstList);

        for (String path : List.of("/work", "/report", "/board", "/mine")) {
            browser.open(path);
            assertThat((List<?>) browser.script(UNLABELLED))
                    .as(username + " " + path)
                    .isEmpty();
        }
        browser.open("/work");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(firstList);
    }

    @Test
    void theDemoGasLeakCaseShowsItsWholeStoryOnItsPage() {
        browser.logIn("resident.zhang").open("/mine?q=" + "楼道燃气泄漏");
        new WorkFlow(browser).openFromList("楼道燃气泄漏");

        assertThat(browser.text()).contains("吹哨", "报到", "办结反馈", "核查通过", "结案", "评价", "满意");
        browser.screenshot("case-gas-leak-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("case-gas-leak-phone");
    }

    @Test
    void keyPagesArePhotographedAtPhoneAndDesktopWidths() {
        browser.resize(Browser.PHONE).logIn("taoyuan.grid1");
        browser.waitUntil(
                d -> !browser.findAll(By.cssSelector(".work-counts .stat")).isEmpty());
        browser.screenshot("home-grid-worker-phone");
        browser.open("/board");
        browser.screenshot("board-phone");

        browser.resize(Browser.DESKTOP).logIn("dxdl.street").open("/work?list=WHISTLED");
        browser.screenshot("work-street-whistles-desktop");
        browser.open("/work?list=ESCALATED");
        browser.screenshot("work-street-escalated-desktop");

        browser.resize(Browser.DESKTOP).logIn("resident.zhang").open("/report?grid=150105004015");
        assertThat(browser.findAll(By.cssSelector("#gridCode option"))).hasSizeGreaterThan(2);
        browser.screenshot("report-desktop");
        browser.open("/report?grid=150105004015&lang=en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Report a problem");
        browser.open("/report?lang=zh_CN");
    }
}
