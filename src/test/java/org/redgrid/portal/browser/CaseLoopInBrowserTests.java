package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole loop through the pages only, in a real Chromium: a resident reports with a photo, the
 * community files and dispatches, the grid worker accepts and reports back on a phone, the community
 * verifies and closes, and the resident rates.
 */
@IntegrationTest
class CaseLoopInBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;
    WorkFlow flow;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
        flow = new WorkFlow(browser);
    }

    @Test
    void aResidentsReportGoesRoundTheLoopToARatingThroughThePagesAlone() {
        String title = "单元门禁损坏 " + System.nanoTime();

        // 居民随手拍: the QR code of the grid opens the report page with the place chosen.
        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/report?grid=150105004015001");
        assertThat(new Select(browser.find(By.id("gridCode")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("150105004015001");
        new Select(browser.find(By.id("category"))).selectByValue("PART.STREET_LIGHT");
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("description")).sendKeys("3号楼单元门禁坏了，夜里门关不上，存在安全隐患。");
        browser.find(By.id("photos")).sendKeys(WorkFlow.PHOTO.toAbsolutePath().toString());
        browser.screenshot("report-phone");
        browser.find(By.cssSelector("form.report button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/cases/"));
        long id = flow.caseId();
        assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("待立案");
        assertThat(browser.findAll(By.cssSelector(".photos img"))).hasSize(1);

        // 社区立案、派遣 to the grid worker of the place.
        browser.resize(Browser.DESKTOP).logIn("taoyuan.community").open("/tasks?list=INBOX");
        flow.openFromList(title);
        assertThat(flow.offers("RATE")).as("a community worker may not rate").isFalse();
        flow.press("FILE", "已立案");
        flow.choose("DISPATCH", "assignee", "taoyuan.grid1").press("DISPATCH", "已派遣");

        // 网格员 on the phone: the task is in his list, nearest deadline first, with its light.
        browser.resize(Browser.PHONE).logIn("taoyuan.grid1").open("/tasks");
        assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("我的任务");
        browser.screenshot("work-grid-worker-phone");
        flow.openFromList(title);
        flow.press("ACCEPT", "处置中");
        flow.note("REPORT_BACK", "已联系物业更换门禁电源，门已能正常关闭。").attach("REPORT_BACK").press("REPORT_BACK", "已反馈");
        assertThat(browser.findAll(By.cssSelector(".photos img"))).hasSize(2);

        // 社区核查、结案.
        browser.resize(Browser.DESKTOP).logIn("taoyuan.community").open("/cases/" + id);
        flow.press("VERIFY_PASS", "已核查").press("CLOSE", "已结案");

        // 居民评价 from 我的诉求.
        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/mine");
        flow.openFromList(title);
        flow.pick("RATE", "satisfaction", "SATISFIED")
                .pick("RATE", "resolved", "true")
                .note("RATE", "修得很快，谢谢！")
                .press("RATE", "已评价");
        assertThat(browser.text()).contains("满意").contains("问题已解决");
        browser.screenshot("case-rated-phone");
        assertThat(browser.findAll(By.cssSelector("ol.timeline li")))
                .extracting(li -> li.findElement(By.tagName("b")).getText())
                .contains("受理", "立案", "派遣", "接单", "办结反馈", "核查通过", "结案", "评价");
    }

    @Test
    void aMissingReasonIsShownNextToTheNoteFieldInChineseAndChangesNothing() {
        String title = "楼道灯不亮 " + System.nanoTime();
        browser.logIn("resident.zhang").open("/report?grid=150105004015001");
        new Select(browser.find(By.id("category"))).selectByValue("PART.STREET_LIGHT");
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("description")).sendKeys("二单元楼道灯坏了。");
        browser.find(By.cssSelector("form.report button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/cases/"));
        long id = flow.caseId();

        browser.logIn("taoyuan.community").open("/cases/" + id);
        flow.form("CANCEL").findElement(By.cssSelector("button[type=submit]")).click();

        var error = browser.find(By.id("note-error-CANCEL"));
        assertThat(error.getText()).isEqualTo("不予立案须说明理由");
        assertThat(flow.form("CANCEL").findElement(By.name("note")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("待立案");
    }

    @Test
    void aReportWithoutATitleShowsTheRuleNextToTheTitleField() {
        browser.logIn("resident.zhang").open("/report?grid=150105004015001");
        new Select(browser.find(By.id("category"))).selectByValue("PART.STREET_LIGHT");
        browser.script("document.getElementById('title').removeAttribute('required');"
                + "document.getElementById('description').removeAttribute('required');");
        browser.find(By.id("description")).sendKeys("没有标题");
        browser.find(By.cssSelector("form.report button[type=submit]")).click();

        assertThat(browser.find(By.id("title-error")).getText()).isNotBlank();
        assertThat(browser.currentPath()).isEqualTo("/report");
    }
}
