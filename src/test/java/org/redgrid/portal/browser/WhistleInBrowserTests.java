package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 吹哨报到 in a real Chromium: the street whistles the gas company to a case the community handed up,
 * and the gas company reports in and back from its own login; the street sees who has reported in.
 */
@IntegrationTest
class WhistleInBrowserTests {

    static final String GAS = "91150105MA0XECCCFC";

    @LocalServerPort
    int port;

    Browser browser;
    WorkFlow flow;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
        flow = new WorkFlow(browser);
    }

    long escalatedCase(String title) {
        long id = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.GAS_HAZARD",
                                "gridCode", "150105004015001",
                                "urgency", "CRITICAL",
                                "title", title,
                                "description", "5号楼燃气表附近有明显燃气味。"))
                .json()
                .path("id")
                .asLong();
        var community = Api.as(port, "taoyuan.community");
        for (String body :
                new String[] {json("action", "FILE"), json("action", "ESCALATE", "note", "需燃气公司处置，报请街道吹哨")}) {
            assertThat(community
                            .post("/api/v1/cases/" + id + "/transitions", body)
                            .status())
                    .isEqualTo(200);
        }
        return id;
    }

    @Test
    void theStreetWhistlesTheGasCompanyWhichReportsInAndBackFromItsOwnLogin() {
        String title = "燃气表漏气 " + System.nanoTime();
        long id = escalatedCase(title);

        browser.logIn("dxdl.street").open("/tasks?list=ESCALATED");
        flow.openFromList(title);
        flow.choose("WHISTLE", "lead", GAS).note("WHISTLE", "街道吹哨，燃气公司主办").press("WHISTLE", "已派遣");
        assertThat(browser.find(By.id("whistle-h")).isDisplayed()).isTrue();
        assertThat(browser.text()).contains("尚未");

        browser.logIn("gas.dept").open("/whistles");
        browser.screenshot("whistles-gas-company-desktop");
        flow.openFromList(title);
        assertThat(flow.offers("WHISTLE")).isFalse();
        flow.note("REPORT_IN", "抢修人员已出发").press("REPORT_IN", "处置中");
        flow.note("REPORT_BACK", "已关阀更换燃气表，复测无泄漏。").attach("REPORT_BACK").press("REPORT_BACK", "已反馈");

        browser.logIn("dxdl.street").open("/whistles");
        browser.open("/cases/" + id);
        assertThat(browser.find(By.cssSelector("#whistle-h + div table")).getText())
                .doesNotContain("尚未");
        flow.press("VERIFY_PASS", "已核查").press("CLOSE", "已结案");
        browser.screenshot("case-whistled-desktop");
    }

    @Test
    void theGasCompanySeesOnlyTheCasesItWasSummonedTo() {
        browser.logIn("gas.dept").open("/tasks?list=WHISTLED");
        for (var item : browser.findAll(By.cssSelector("ul.cases > li"))) {
            assertThat(item.getText()).contains("燃气");
        }
        String hidden = "不相干的停车问题 " + System.nanoTime();
        long id = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.PARKING",
                                "gridCode", "150105004015001",
                                "title", hidden,
                                "description", "与燃气公司无关"))
                .json()
                .path("id")
                .asLong();
        browser.open("/cases/" + id);
        assertThat(browser.text()).contains("404").doesNotContain(hidden);
    }
}
