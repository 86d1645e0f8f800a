package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.engagement.EngagementFixtures;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 双报到 to points through the pages alone, on a phone: an in-service member registers at the home
 * community, the community approves, the member signs up for an activity, checks in, and finds the
 * points with the check-in they came from.
 */
@IntegrationTest
class EngagementInBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    /** A login for the demo's in-service member 白音仓, linked by the community, and an activity going on now. */
    long memberAndActivity(String username, String title) {
        EngagementFixtures.memberLogin(port, username, "白音仓", Api.DEMO_PASSWORD);
        return EngagementFixtures.activityNow(port, title, 20);
    }

    @Test
    void aMemberRegistersIsApprovedSignsUpChecksInAndSeesThePointsOnAPhone() {
        long activity = memberAndActivity("member.bai", "冬季楼道清雪");

        browser.resize(Browser.PHONE).logIn("member.bai").open("/engagement");
        browser.find(By.id("reg-centre")).sendKeys("桃园社区党群服务中心");
        browser.find(By.id("reg-group")).sendKeys("桃园东苑居民群");
        new Select(browser.find(By.id("reg-post"))).selectByValue("PIONEER");
        browser.screenshot("engagement-register-phone");
        browser.find(By.cssSelector("#register button[type=submit]")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("等待社区审核"));
        assertThat(browser.find(By.id("registrations")).getText()).contains("白音仓", "待审核");

        browser.logIn("taoyuan.community").open("/engagement");
        var approve = By.xpath("//tr[td[text()='白音仓']]//button[text()='通过']");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(approve));
        browser.screenshot("engagement-community-phone");
        browser.find(approve).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("已审核"));
        assertThat(browser.findAll(approve)).isEmpty();

        browser.logIn("member.bai").open("/engagement");
        assertThat(browser.find(By.id("registrations")).getText()).contains("已报到");
        browser.find(By.cssSelector("#activity-" + activity + " button")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("已报名"));
        browser.find(By.cssSelector("#activity-" + activity + " button")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("本次获得 4 分"));
        assertThat(browser.find(By.cssSelector("#activity-" + activity)).getText())
                .contains("已签到");
        assertThat(browser.find(By.id("point-entries")).getText()).contains("服务时长", "checkin:");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("engagement-points-phone");
    }

    @Test
    void anEmployerRegistersItsUnitAndPrintsTheServiceRecordOfItsOwnMemberOnly() {
        browser.resize(Browser.PHONE).logIn("gas.dept").open("/engagement");
        assertThat(browser.find(By.id("members")).getText()).contains("曲明远").doesNotContain("包海军");
        browser.find(By.id("unit-community")).sendKeys("150105003002");
        browser.find(By.cssSelector("#unit-register button[type=submit]")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("等待社区审核"));
        assertThat(browser.find(By.id("registrations")).getText()).contains("燃气公司赛罕区服务站", "150105003002");

        browser.find(By.xpath("//table[@id='members']//tr[td[text()='曲明远']]//a[text()='打印']"))
                .click();
        assertThat(browser.find(By.tagName("h1")).getText()).contains("双报告");
        assertThat(browser.find(By.id("summary")).getText()).contains("曲明远", "燃气公司赛罕区服务站");
        assertThat(browser.find(By.id("attendance")).getText()).contains("桃园社区党群服务中心");
        browser.screenshot("engagement-report-phone");
    }
}
