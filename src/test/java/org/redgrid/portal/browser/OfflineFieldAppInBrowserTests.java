package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 离线: a grid worker's phone loses the network (through the DevTools protocol, for the page and for
 * its service worker), records a report with a photo and a visit into the outbox, and when the network
 * returns exactly one case and one visit reach the server, even when the outbox sends them twice.
 */
@IntegrationTest
class OfflineFieldAppInBrowserTests {

    static final String TITLE = "离线上报：牧区道路塌方";
    static final String NOTE = "离线走访：老人身体尚好";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    /** DevTools sessions on service worker targets, by target id, held while offline. */
    final Map<String, String> workerSessions = new java.util.HashMap<>();

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    @AfterEach
    void leaveTheBrowserAsFound() {
        network(true);
        browser.open("/login");
        async("""
                const done = arguments[arguments.length - 1];
                Promise.all([
                  navigator.serviceWorker.getRegistrations().then(rs => Promise.all(rs.map(r => r.unregister()))),
                  caches.keys().then(ks => Promise.all(ks.map(k => caches.delete(k)))),
                  new Promise(r => { const d = indexedDB.deleteDatabase('redgrid-outbox'); d.onsuccess = d.onerror = d.onblocked = r; })
                ]).then(() => done(true), () => done(false));""");
    }

    @Test
    void aReportWithAPhotoAndAVisitMadeOfflineReachTheServerOnceWhenTheNetworkReturns() throws IOException {
        browser.logIn("taoyuan.grid1").resize(Browser.PHONE).open("/tasks");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!navigator.serviceWorker.controller")));
        for (String page : List.of("/tasks", "/visits?due=false", "/report")) browser.open(page);
        assertThat(browser.text()).doesNotContain("离线 / offline");

        network(false);
        browser.open("/visits?due=false");
        // The service worker's own fetch failed too: it answered with its last copy under the banner.
        assertThat(browser.find(By.id("offline-banner")).getText()).startsWith("离线 / offline — last updated ");
        assertThat(browser.script("return navigator.onLine")).isEqualTo(false);
        WebElement row = browser.find(By.cssSelector("#visits li"));
        String entry = row.getAttribute("id").substring("entry-".length());
        row.findElement(By.cssSelector("summary.tap")).click();
        row.findElement(By.name("note")).sendKeys(NOTE);
        row.findElement(By.cssSelector("button.confirm")).click();
        browser.waitUntil(d ->
                browser.find(By.cssSelector("[data-outbox-badge]")).getText().equals("待发送 1"));

        browser.open("/report");
        assertThat(browser.find(By.id("offline-banner")).isDisplayed()).isTrue();
        new Select(browser.find(By.id("category"))).selectByIndex(1);
        browser.find(By.id("title")).sendKeys(TITLE);
        browser.find(By.id("description")).sendKeys("通往嘎查的砂石路被雨水冲塌一段，车辆无法通行");
        new Select(browser.find(By.id("gridCode"))).selectByValue("150105004015001");
        browser.find(By.id("photos")).sendKeys(photo().toString());
        browser.find(By.cssSelector("form.report button[type=submit]")).click();
        browser.waitUntil(d ->
                browser.find(By.cssSelector("[data-outbox-badge]")).getText().equals("待发送 2"));
        assertThat(browser.text()).contains(TITLE).contains("等待网络");
        browser.screenshot("offline-queue");

        network(true);
        browser.waitUntil(d ->
                browser.find(By.cssSelector("[data-outbox-badge]")).getText().equals("待发送 0"));
        assertThat(cases()).isEqualTo(1);
        assertThat(visits(entry)).isEqualTo(1);

        // A resend of both (the phone lost the answers): the server replays, nothing new is written.
        async("""
                const done = arguments[arguments.length - 1];
                const open = indexedDB.open('redgrid-outbox', 1);
                open.onsuccess = () => {
                  const tx = open.result.transaction('items', 'readwrite');
                  const items = tx.objectStore('items');
                  items.getAll().onsuccess = e => e.target.result.forEach(i => { i.state = 'waiting'; items.put(i); });
                  tx.oncomplete = () => done(true);
                };""");
        browser.open("/outbox");
        browser.waitUntil(d -> browser.findAll(By.cssSelector("#outbox li.outbox-sent"))
                                .size()
                        == 2
                && browser.find(By.cssSelector("[data-outbox-badge]")).getText().equals("待发送 0"));
        assertThat(cases()).isEqualTo(1);
        assertThat(visits(entry)).isEqualTo(1);
        JsonNode created = Api.as(port, "taoyuan.grid1")
                .get("/api/v1/cases?size=50")
                .json()
                .path("items");
        long id = 0;
        for (JsonNode c : created)
            if (TITLE.equals(c.path("title").asString())) id = c.path("id").asLong();
        JsonNode photos = Api.as(port, "taoyuan.grid1")
                .get("/api/v1/cases/" + id + "/attachments")
                .json();
        assertThat(photos.size()).isEqualTo(1);
        assertThat(photos.get(0).path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(photos.get(0).path("size").asLong()).isLessThan(Files.size(photo()));
    }

    /**
     * Offline and back, for the page and for its service worker: a page's network emulation does not
     * reach the worker's own fetches, so the worker's target is attached (which also keeps Chromium
     * from stopping the idle worker and losing the setting) and told the same through the page's session.
     */
    private void network(boolean online) {
        ChromiumDriver chromium = (ChromiumDriver) browser.driver();
        Map<String, Object> conditions =
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>)
                chromium.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
        if (!online) {
            assertThat(targets)
                    .as("the grid worker's service worker is running")
                    .anyMatch(target -> "service_worker".equals(target.get("type")));
        }
        for (Map<String, Object> target : targets) {
            if (!"service_worker".equals(target.get("type"))) continue;
            String session = workerSessions.computeIfAbsent((String) target.get("targetId"), id -> (String)
                    chromium.executeCdpCommand("Target.attachToTarget", Map.of("targetId", id, "flatten", false))
                            .get("sessionId"));
            send(chromium, session, 1, "Network.enable", "{}");
            send(
                    chromium,
                    session,
                    2,
                    "Network.emulateNetworkConditions",
                    "{\"offline\":" + !online + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}");
        }
        if (online) {
            for (String session : workerSessions.values()) {
                chromium.executeCdpCommand("Target.detachFromTarget", Map.of("sessionId", session));
            }
            workerSessions.clear();
        }
    }

    private static void send(ChromiumDriver chromium, String session, int id, String method, String params) {
        chromium.executeCdpCommand(
                "Target.sendMessageToTarget",
                Map.of(
                        "sessionId",
                        session,
                        "message",
                        "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}"));
    }

    private Object async(String script) {
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(script);
    }

    private long cases() {
        return jdbc.sql("select count(*) from work_case where title = :title")
                .param("title", TITLE)
                .query(Long.class)
                .single();
    }

    private long visits(String entry) {
        return jdbc.sql("select count(*) from visit where ledger_entry_id = :entry and content = :note")
                .param("entry", Long.parseLong(entry))
                .param("note", NOTE)
                .query(Long.class)
                .single();
    }

    /** A large photo as a phone takes it (3000 × 2000), for the outbox to make smaller. */
    private static Path photo() throws IOException {
        Path file = Path.of("target", "offline-photo.jpg");
        if (Files.exists(file)) return file.toAbsolutePath();
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x8d6e63), 3000, 2000, new Color(0x90caf9)));
        g.fillRect(0, 0, 3000, 2000);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color((i * 7919) & 0xffffff));
            g.fillOval((i * 7331) % 3000, (i * 3571) % 2000, 40 + i % 60, 40 + i % 60);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "jpg", file.toFile());
        return file.toAbsolutePath();
    }
}
