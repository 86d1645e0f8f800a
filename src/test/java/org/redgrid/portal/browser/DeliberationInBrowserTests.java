package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 定主题 → 现场议 → 表决 → 分级办 → 事后评 through the pages at phone width: a resident proposes a topic,
 * the community schedules the meeting and signs in the voters, the resident votes on the phone, the
 * community counts the vote and creates the task, and once the task is closed the resident rates it.
 */
@IntegrationTest
class DeliberationInBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aTopicBecomesAMeetingAVoteATaskAndARatingThroughThePagesOnAPhone() {
        Browser browser = Browser.on(port).resize(Browser.PHONE);
        String topic = "小区广场座椅太少 " + System.nanoTime();

        // 定主题: the resident proposes from the phone.
        browser.logIn("resident.zhang").open("/deliberation");
        browser.find(By.id("topic-title")).sendKeys(topic);
        browser.find(By.id("topic-description")).sendKeys("傍晚广场上老人多，座椅不够坐。");
        browser.find(By.cssSelector("#propose-form button[type=submit]")).click();
        browser.waitUntil(d -> browser.text().contains(topic));
        show(browser, "#topics");
        browser.screenshot("deliberation-topics-phone");

        // 现场议: the community schedules the meeting with the topic on its agenda.
        browser.logIn("taoyuan.community").open("/deliberation");
        browser.find(By.id("schedule")).click();
        new Select(browser.find(By.id("type"))).selectByValue("MELON_SHED");
        browser.find(By.id("title")).sendKeys("桃园社区议事会");
        browser.script(
                "document.getElementById('startsAt').value = arguments[0]",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString());
        browser.find(By.id("place")).sendKeys("社区广场");
        for (WebElement box : browser.findAll(By.cssSelector("input[name=topicIds]"))) {
            if (box.findElement(By.xpath("..")).getText().contains(topic)) box.click();
        }
        browser.find(By.cssSelector("#schedule-form button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().matches("/deliberation/meetings/\\d+"));
        String meeting = browser.currentPath();
        browser.find(By.id("voters")).sendKeys("resident.zhang");
        browser.find(By.cssSelector("#attendance-form button")).click();
        browser.waitUntil(d -> browser.find(By.id("roll-count")).getText().contains("1"));
        browser.find(By.id("motion-text")).sendKeys("广场增设十张座椅");
        new Select(browser.find(By.id("motion-topic"))).selectByVisibleText(topic);
        browser.find(By.cssSelector("#motion-form button")).click();
        browser.waitUntil(
                d -> !browser.findAll(By.cssSelector("article.motion")).isEmpty());

        // 表决: the resident votes on the phone while the window is open.
        browser.logIn("resident.zhang").open(meeting);
        browser.find(By.cssSelector("form.vote button[data-choice=FOR]")).click();
        browser.waitUntil(
                d -> browser.find(By.cssSelector(".my-vote")).getText().equals("您已表决：同意"));
        assertThat(browser.findAll(By.cssSelector("form.vote")))
                .as("one vote, no second set of buttons")
                .isEmpty();
        show(browser, "article.motion");
        browser.screenshot("deliberation-vote-phone");

        // The community counts the vote and turns the resolution into a claimed task.
        browser.logIn("taoyuan.community").open(meeting);
        browser.find(By.cssSelector("form.close-vote button")).click();
        browser.waitUntil(
                d -> browser.find(By.cssSelector(".outcome")).getText().equals("通过"));
        WebElement form = browser.find(By.cssSelector("form.task-form"));
        form.findElement(By.name("title")).sendKeys("采购并安装座椅");
        new Select(form.findElement(By.name("category"))).selectByValue("EVENT.ENVIRONMENT");
        form.findElement(By.name("claimant")).sendKeys("GRID:150105004015001");
        browser.script(
                "arguments[0].value = arguments[1]",
                form.findElement(By.name("deadline")),
                LocalDate.now().plusDays(14).toString());
        form.findElement(By.cssSelector("button")).click();
        browser.waitUntil(
                d -> !browser.findAll(By.cssSelector("td.task-status")).isEmpty());
        assertThat(browser.find(By.cssSelector("td.task-status")).getText()).isEqualTo("已立案");
        show(browser, "article.motion .result");
        browser.screenshot("deliberation-meeting-phone");

        // 分级办: the grid carries the task out through the case engine.
        long caseId = Long.parseLong(browser.find(By.cssSelector("td a[href^='/cases/']"))
                .getAttribute("href")
                .replaceAll(".*/cases/", ""));
        var staff = Api.as(port, "taoyuan.community");
        var grid = Api.as(port, "taoyuan.grid1");
        step(staff, caseId, "{\"action\":\"DISPATCH\",\"assignee\":\"taoyuan.grid1\"}");
        step(grid, caseId, "{\"action\":\"ACCEPT\"}");
        step(grid, caseId, json("action", "REPORT_BACK", "note", "十张座椅已安装"));
        step(staff, caseId, "{\"action\":\"VERIFY_PASS\"}");
        step(staff, caseId, "{\"action\":\"CLOSE\"}");

        // 事后评: the resident rates the outcome on the phone.
        browser.logIn("resident.zhang").open(meeting);
        assertThat(browser.find(By.cssSelector(".percent")).getText()).isEqualTo("100%");
        WebElement rate = browser.find(By.cssSelector("form.rate-form"));
        new Select(rate.findElement(By.name("stars"))).selectByValue("5");
        rate.findElement(By.name("comment")).sendKeys("坐的地方多了，谢谢！");
        rate.findElement(By.cssSelector("button")).click();
        browser.waitUntil(d -> browser.find(By.cssSelector(".rating")).getText().startsWith("平均 5 星"));
        assertThat(browser.findAll(By.cssSelector("form.rate-form")))
                .as("rated once, no second form")
                .isEmpty();
        show(browser, "article.motion progress");
        browser.screenshot("deliberation-rating-phone");

        // 督导: the street sees the community's figures and drills down to its meetings.
        browser.logIn("dxdl.street").open("/deliberation/oversight");
        browser.find(By.cssSelector("#areas a")).click();
        browser.waitUntil(d -> browser.currentPath().contains("division=150105004015"));
        assertThat(browser.find(By.cssSelector("[data-field=meetingsHeld]")).getText())
                .isNotEqualTo("0");
        browser.screenshot("deliberation-oversight-phone");
    }

    /** Scrolls the part a screenshot is about to the top of the phone's screen. */
    static void show(Browser browser, String selector) {
        browser.script("arguments[0].scrollIntoView(true)", browser.find(By.cssSelector(selector)));
    }

    static void step(Api api, long caseId, String body) {
        var answer = api.post("/api/v1/cases/" + caseId + "/transitions", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
