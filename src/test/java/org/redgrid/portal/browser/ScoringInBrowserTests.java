package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 考评 in a real Chromium: the community scores itself with evidence, the street reviews it, the district
 * settles an item with a reason and closes the round, and the community reads its published result.
 */
@IntegrationTest
class ScoringInBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    long round(String name) {
        var department = Api.as(port, "saihan.admin");
        var item = (java.util.function.BiFunction<String, String, Map<String, Object>>)
                (code, title) -> Map.of("code", code, "name", title, "max", 30, "evidenceRequired", code.equals("A"));
        var scheme = department.post(
                "/api/v1/scoring/schemes",
                Api.json(
                        "key", "browser-" + System.nanoTime(),
                        "name", "社区党建工作考评",
                        "items", List.of(item.apply("A", "组织建设"), item.apply("B", "服务群众"), item.apply("C", "阵地建设")),
                        "bonuses", List.of(Map.of("code", "X", "name", "创新做法", "max", 10)),
                        "thresholds", List.of(Map.of("level", "优秀", "min", 90), Map.of("level", "良好", "min", 75)),
                        "shares", Map.of("bottom", 0.1)));
        assertThat(scheme.status()).as(scheme.body()).isEqualTo(201);
        var round = department.post(
                "/api/v1/scoring/rounds",
                Api.json(
                        "scheme", scheme.json().path("id").asLong(),
                        "name", name,
                        "assessed",
                                List.of(
                                        Map.of(
                                                "unit",
                                                "taoyuan",
                                                "name",
                                                "桃园社区",
                                                "class",
                                                "社区",
                                                "account",
                                                "taoyuan.community"),
                                        Map.of(
                                                "unit",
                                                "grid2",
                                                "name",
                                                "桃园社区第二网格",
                                                "class",
                                                "社区",
                                                "account",
                                                "taoyuan.grid2")),
                        "reviewers", Map.of("dxdl.street", List.of("taoyuan", "grid2"))));
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        return round.json().path("id").asLong();
    }

    /** Waits for the page the submit led to, whose element shows the text (a read of the old page is stale). */
    void shows(By by, String text) {
        browser.waitUntil(d -> d.findElement(by).getText().equals(text));
    }

    void fill(String stage, String item, String points, String note) {
        var field = browser.find(By.id(stage + "-" + item));
        field.clear();
        field.sendKeys(points);
        if (note != null) {
            String name = (stage.equals("FINAL") ? "reason." : "evidence.") + item;
            var text = browser.find(By.cssSelector("#score-" + stage + " input[name='" + name + "']"));
            text.clear();
            text.sendKeys(note);
        }
    }

    @Test
    void selfThenPeerThenFinalThenPublishedResults() {
        long id = round("2026年度社区党建工作考评");

        browser.logIn("taoyuan.community").open("/scoring");
        browser.find(By.cssSelector("#rounds a[href='/scoring/rounds/" + id + "']"))
                .click();
        browser.find(By.linkText("桃园社区")).click();
        fill("SELF", "A", "28", "党员大会会议纪要.pdf");
        fill("SELF", "B", "27", null);
        fill("SELF", "C", "25", null);
        fill("SELF", "X", "8", null);
        browser.screenshot("scoring-self-desktop");
        browser.find(By.cssSelector("#score-SELF button[type=submit]")).click();
        shows(By.id("unit-score"), "88.00");

        browser.logIn("dxdl.street").open("/scoring/rounds/" + id + "/units/taoyuan");
        fill("PEER", "C", "20", null);
        browser.find(By.cssSelector("#score-PEER button[type=submit]")).click();
        shows(By.id("unit-stage"), "互评中");
        assertThat(browser.findAll(By.id("score-SELF"))).isEmpty();

        browser.logIn("saihan.admin").open("/scoring/rounds/" + id + "/units/taoyuan");
        fill("FINAL", "X", "10", "");
        browser.find(By.cssSelector("#score-FINAL button[type=submit]")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.error")).getText().contains("理由"));
        fill("FINAL", "X", "10", "创新做法获街道推广，核增");
        browser.find(By.cssSelector("#score-FINAL button[type=submit]")).click();
        shows(By.id("unit-score"), "85.00");
        browser.screenshot("scoring-final-desktop");
        browser.open("/scoring/rounds/" + id);
        browser.find(By.id("close-round")).click();
        assertThat(browser.find(By.id("results")).getText()).contains("桃园社区", "85.00", "良好", "约谈");
        browser.screenshot("scoring-results-desktop");

        browser.logIn("taoyuan.community").resize(Browser.PHONE).open("/scoring/rounds/" + id);
        assertThat(browser.find(By.id("round-status")).getText()).isEqualTo("已公布结果");
        assertThat(browser.find(By.cssSelector("#results tr[data-unit=taoyuan]"))
                        .getText())
                .contains("85.00", "1");
        browser.script("arguments[0].scrollIntoView()", browser.find(By.id("results-h")));
        browser.screenshot("scoring-results-phone");
        browser.open("/scoring/rounds/" + id + "/units/taoyuan");
        assertThat(browser.find(By.id("changes")).getText()).contains("创新做法获街道推广，核增");
    }
}
