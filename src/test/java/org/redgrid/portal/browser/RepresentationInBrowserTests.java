package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 码上找代表 and 上传下达 at phone width: a resident without an account scans a representative's code and
 * writes with a phone code; the representative answers and files a message as a case; community staff
 * send a notice and a building head sees who has read it and relays it.
 */
@IntegrationTest
class RepresentationInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoSmsGateway sms;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    long representative() {
        return jdbc.sql("select id from representative where username = 'hongxing.rep'")
                .query(Long.class)
                .single();
    }

    @Test
    void aResidentWithoutAnAccountScansTheCodeAndWritesWithAPhoneCode() {
        String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000);
        String text = "小区健身器材损坏，希望更换（" + System.nanoTime() % 10_000 + "）";
        browser.resize(Browser.PHONE).open("/rep/" + representative());
        assertThat(browser.find(By.id("rep-name")).getText()).contains("陈建国");
        assertThat(browser.find(By.id("rep-answer-list")).getText()).contains("12:30");
        browser.screenshot("representative-profile-phone");

        browser.find(By.id("rep-phone")).sendKeys(phone);
        browser.find(By.id("rep-send-code")).click();
        browser.waitUntil(d -> browser.text().contains("验证码已发送"));
        String code = Residents.codeSentTo(sms, phone);
        browser.find(By.id("rep-text")).sendKeys(text);
        browser.find(By.id("rep-code")).sendKeys(code);
        browser.find(By.id("rep-submit")).click();

        browser.waitUntil(d -> browser.currentPath().startsWith("/rep/receipts/"));
        assertThat(browser.find(By.id("message-text")).getText()).isEqualTo(text);
        assertThat(browser.find(By.id("message-status")).getText()).isEqualTo("待答复");
        browser.screenshot("representative-message-sent-phone");
    }

    @Test
    void theRepresentativeAnswersPubliclyAndFilesTheMessageAsACase() {
        String text = "顺元社区东门积水严重（" + System.nanoTime() % 10_000 + "）";
        long id = Api.as(port, "resident.zhang")
                .post("/api/v1/representatives/" + representative() + "/messages", json("text", text))
                .json()
                .path("id")
                .asLong();
        browser.resize(Browser.PHONE).logIn("hongxing.rep").open("/representation");
        assertThat(browser.find(By.id("message-list")).getText()).contains(text);
        browser.screenshot("representative-desk-phone");

        browser.open("/representation/messages/" + id);
        browser.find(By.id("reply-text")).sendKeys("已收到，将协调社区和排水部门处理。");
        browser.find(By.id("reply-public")).click();
        browser.find(By.id("reply-submit")).click();
        browser.waitUntil(d -> browser.text().contains("已答复。"));
        new Select(browser.find(By.id("forward-category"))).selectByValue("PART.DRAINAGE");
        browser.find(By.id("forward-submit")).click();

        browser.waitUntil(d -> browser.text().contains("已转为诉求。"));
        assertThat(browser.find(By.id("message-status")).getText()).isEqualTo("已转办");
        assertThat(browser.find(By.id("message-case")).getText()).matches("150502-\\d{8}-\\d{6}");
        browser.screenshot("representative-message-forwarded-phone");

        browser.logIn("resident.zhang").open("/representation/messages/" + id);
        assertThat(browser.find(By.id("message-reply")).getText()).contains("排水部门");
        assertThat(browser.findAll(By.id("reply-form"))).isEmpty();
    }

    @Test
    void communityStaffSendANoticeAndTheBuildingHeadSeesWhoReadItAndRelaysIt() {
        String title = "电梯检修通知（" + System.nanoTime() % 10_000 + "）";
        browser.resize(Browser.PHONE).logIn("taoyuan.community").open("/notices");
        browser.find(By.id("notice-scope")).clear();
        browser.find(By.id("notice-scope")).sendKeys("150105004015001");
        browser.find(By.id("notice-title")).sendKeys(title);
        browser.find(By.id("notice-body")).sendKeys("本周六上午 1 号楼电梯检修，请提前安排出行。");
        browser.screenshot("notice-send-phone");
        browser.find(By.id("notice-submit")).click();
        browser.waitUntil(d -> browser.currentPath().matches("/notices/\\d+"));
        String path = browser.currentPath();

        browser.logIn("taoyuan.building1").open(path);
        assertThat(browser.find(By.id("notice-title")).getText()).isEqualTo(title);
        assertThat(browser.find(By.id("reads")).getText()).contains("张志刚");
        browser.find(By.id("notice-relay")).click();
        browser.waitUntil(d -> browser.text().contains("已记录转发"));
        assertThat(browser.find(By.cssSelector("#reads tr[data-user='taoyuan.building1']"))
                        .getText())
                .as("the relay time is shown")
                .matches("(?s).*\\d{2}-\\d{2} \\d{2}:\\d{2}");

        long demo = jdbc.sql("select id from notice where title = '冬季燃气安全提示'")
                .query(Long.class)
                .single();
        browser.open("/notices/" + demo);
        assertThat(browser.find(By.id("notice-reads")).getText()).matches("已读 [1-9]\\d* / \\d+");
        browser.screenshot("notice-reads-building-head-phone");
    }
}
