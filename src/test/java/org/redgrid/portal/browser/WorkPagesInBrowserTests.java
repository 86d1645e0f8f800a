package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.redgrid.support.Api;
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

    static final String GAS = "91150105MA0XECCCFC";
    static final String PROPERTY = "91150105MA067CX2KD";

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

        for (String path : List.of("/tasks", "/report", "/board", "/mine")) {
            browser.open(path);
            assertThat((List<?>) browser.script(UNLABELLED))
                    .as(username + " " + path)
                    .isEmpty();
        }
        browser.open("/tasks");
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

    /** A case the street whistled to two units, of which the gas company has reported in. */
    void whistledToTheGasAndPropertyCompanies(String title) {
        long id = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.GAS_HAZARD",
                                "gridCode", "150105004015002",
                                "urgency", "URGENT",
                                "title", title,
                                "description", "7号楼外墙燃气立管锈蚀。"))
                .json()
                .path("id")
                .asLong();
        transition("taoyuan.community", id, json("action", "FILE"));
        transition("taoyuan.community", id, json("action", "ESCALATE", "note", "报请街道吹哨"));
        transition(
                "dxdl.street",
                id,
                json(
                        "action",
                        "WHISTLE",
                        "units",
                        List.of(
                                Map.of("unit", GAS, "role", "LEAD", "reportInWithin", "PT1H"),
                                Map.of("unit", PROPERTY, "role", "ASSIST", "reportInWithin", "PT2H"))));
        transition("gas.dept", id, json("action", "REPORT_IN"));
    }

    void transition(String username, long id, String body) {
        var response = Api.as(port, username).post("/api/v1/cases/" + id + "/transitions", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void keyPagesArePhotographedAtPhoneAndDesktopWidths() {
        browser.resize(Browser.PHONE).logIn("taoyuan.grid1");
        browser.waitUntil(
                d -> !browser.findAll(By.cssSelector(".work-counts .stat")).isEmpty());
        browser.screenshot("home-grid-worker-phone");
        browser.open("/board");
        browser.screenshot("board-phone");

        whistledToTheGasAndPropertyCompanies("燃气立管锈蚀 " + System.nanoTime());
        browser.resize(Browser.DESKTOP).logIn("dxdl.street").open("/tasks?list=WHISTLED");
        assertThat(browser.find(By.cssSelector("ul.targets")).getText()).contains("尚未");
        browser.screenshot("work-street-whistles-desktop");
        browser.open("/tasks?list=ESCALATED");
        browser.screenshot("work-street-escalated-desktop");

        browser.resize(Browser.DESKTOP).logIn("resident.zhang").open("/report?grid=150105004015");
        assertThat(browser.findAll(By.cssSelector("#gridCode option"))).hasSizeGreaterThan(2);
        browser.screenshot("report-desktop");
        browser.open("/report?grid=150105004015&lang=en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Report a problem");
        browser.open("/report?lang=zh_CN");
    }
}
