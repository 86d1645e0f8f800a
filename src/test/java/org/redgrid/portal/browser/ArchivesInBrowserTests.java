package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 干部档案 on a phone: the community asks to check a new member's 入党志愿书, the county's keeper
 * approves, the community reads the watermarked page, and when the grant's days are over it is gone.
 */
@IntegrationTest
class ArchivesInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static byte[] scan(String text) throws IOException {
        BufferedImage image = new BufferedImage(420, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 600);
        g.setColor(Color.BLACK);
        g.drawString(text, 40, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A file of 白音仓 with an application form of two scanned pages, opened by the county's keeper. */
    long[] fileWithApplicationForm() throws IOException {
        Api keeper = Api.as(port, "saihan.archives");
        JsonNode persons = Api.as(port, "taoyuan.community")
                .get("/api/v1/people?q=%E7%99%BD%E9%9F%B3%E4%BB%93")
                .json()
                .path("items");
        long person = persons.get(0).path("id").asLong();
        long file = keeper.post("/api/v1/archives/files", json("person", person, "holder", "150105"))
                .json()
                .path("id")
                .asLong();
        long material = keeper.multipart(
                        "/api/v1/archives/files/" + file + "/materials",
                        "pages",
                        List.of(scan("Application, page 1"), scan("Application, page 2")),
                        "class",
                        "PARTY",
                        "title",
                        "入党志愿书")
                .json()
                .path("id")
                .asLong();
        return new long[] {file, material};
    }

    @Test
    void theCommunityRequestsTheApplicationFormTheKeeperApprovesItIsReadAndThenExpires() throws IOException {
        long[] made = fileWithApplicationForm();
        long file = made[0];
        long material = made[1];
        Browser browser = Browser.on(port);
        browser.resize(Browser.PHONE);

        browser.logIn("taoyuan.party").open("/archives/files/" + file);
        assertThat(browser.find(By.id("material-" + material)).getText()).contains("未授权");
        browser.find(By.id("part-" + material)).click();
        browser.find(By.id("purpose")).sendKeys("党组织关系转入，核查入党志愿书");
        browser.find(By.cssSelector("#content form button.primary")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("已提交查阅申请"));
        browser.screenshot("archives-request-phone");

        browser.logIn("saihan.archives").open("/archives");
        browser.screenshot("archives-keeper-phone");
        var row = browser.waitUntil(d -> d.findElements(By.cssSelector("#requests article")).stream()
                .filter(r -> r.getText().contains("白音仓") && r.getText().contains("核查入党志愿书"))
                .findFirst()
                .orElse(null));
        row.findElement(By.cssSelector("button.primary")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("p.notice")).getText().contains("已同意"));

        browser.logIn("taoyuan.party").open("/archives/files/" + file);
        browser.find(By.cssSelector("#material-" + material + " a.page-link")).click();
        browser.waitUntil(d -> (Boolean)
                browser.script("var i = document.getElementById('page'); return i.complete && i.naturalWidth > 0;"));
        browser.screenshot("archives-read-phone");

        jdbc.sql("update archive_request set valid_until = now() - interval '1 minute'"
                        + " where file_id = :file and reader = 'taoyuan.party'")
                .param("file", file)
                .update();
        browser.open("/archives/files/" + file + "/materials/" + material + "/pages/1");
        assertThat(browser.text()).contains("403");
        browser.open("/archives/files/" + file);
        assertThat(browser.find(By.id("material-" + material)).getText()).contains("未授权");
        browser.screenshot("archives-expired-phone");
    }
}
