package org.redgrid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;
import static org.redgrid.support.Eventually.eventually;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.notification.internal.DeliverySender;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inbox messages after commit, and the robot of the case's own grid reached through a local stand-in of
 * its webhook.
 */
@IntegrationTest
class NotificationTests {

    @LocalServerPort
    int port;

    @Autowired
    DeliverySender sender;

    @Autowired
    JdbcClient jdbc;

    HttpServer robot;
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger bounced = new AtomicInteger();

    static int port(HttpServer server) {
        return server.getAddress().getPort();
    }

    @BeforeEach
    void startRobot() throws IOException {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/wecom", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        });
        robot.createContext("/bounce", exchange -> {
            exchange.getRequestBody().readAllBytes();
            bounced.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port(robot) + "/wecom");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        robot.createContext("/dingtalk", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
        });
        robot.start();
    }

    @AfterEach
    void stopRobot() {
        bindGridRobot("WECOM", "http://localhost:9/off", null, false);
        robot.stop(0);
    }

    static final String GRID1 = "150105004015001";

    /** Binds the robot of grid 1's group, as the community's staff do. */
    Api.Response bindGridRobot(String channel, String url, String secret, boolean enabled) {
        return Api.as(port, "taoyuan.community")
                .put(
                        "/api/v1/group-robots",
                        json(
                                "scope",
                                GRID1,
                                "name",
                                "阳光北小区网格群",
                                "channel",
                                channel,
                                "url",
                                url,
                                "secret",
                                secret,
                                "enabled",
                                enabled));
    }

    static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    long report(Api api, String title) {
        return api.post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.ENVIRONMENT",
                                "gridCode",
                                "150105004015001",
                                "title",
                                title,
                                "description",
                                "楼下垃圾桶满溢"))
                .json()
                .path("id")
                .asLong();
    }

    @Test
    void whoeverMustActFindsItInTheirInbox() throws Exception {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        String title = "垃圾清运" + System.nanoTime();
        long id = report(resident, title);
        eventually(() -> community
                .get("/api/v1/inbox?size=100")
                .json()
                .path("items")
                .findValuesAsString("body")
                .contains(title));
        community.post("/api/v1/cases/" + id + "/transitions", json("action", "FILE"));
        community.post("/api/v1/cases/" + id + "/transitions", json("action", "DISPATCH", "assignee", "taoyuan.grid1"));
        eventually(() -> worker.get("/api/v1/inbox?unread=true&size=100")
                .json()
                .path("items")
                .findValuesAsString("body")
                .contains(title));
        eventually(
                () -> resident.get("/api/v1/inbox?size=100").json().path("items").findValuesAsString("title").stream()
                        .anyMatch(t -> t.startsWith("您反映的诉求已立案")));
        long messageId = worker.get("/api/v1/inbox?unread=true&size=100")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        assertThat(Api.as(port, "taoyuan.grid2")
                        .post("/api/v1/inbox/" + messageId + "/read", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(worker.post("/api/v1/inbox/" + messageId + "/read", "{}")
                        .json()
                        .path("readAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void aGroupRobotReceivesTheTextMessageFormat() throws Exception {
        var admin = Api.as(port, "region.admin");
        String base = "http://localhost:" + robot.getAddress().getPort();
        assertThat(bindGridRobot("WECOM", base + "/wecom", null, true).status()).isEqualTo(200);
        String title = "机器人测试" + System.nanoTime();
        report(Api.as(port, "resident.zhang"), title);
        eventually(() -> {
            sender.sendDue(Instant.now());
            return received.stream().anyMatch(body -> body.contains(title));
        });
        String body =
                received.stream().filter(b -> b.contains(title)).findFirst().orElseThrow();
        assertThat(body).contains("\"msgtype\":\"text\"").contains("\"text\":{\"content\":\"【北疆红色网格】新诉求待立案");
        assertThat(admin
                        .get("/api/v1/notification-deliveries?status=SENT&size=100")
                        .json()
                        .path("items")
                        .findValuesAsString("content")
                        .stream()
                        .anyMatch(c -> c.contains(title)))
                .isTrue();
    }

    @Test
    void aRefusingRobotIsRetriedAndThenShownAsFailedWhileTheCaseGoesOn() throws Exception {
        var admin = Api.as(port, "region.admin");
        String base = "http://localhost:" + robot.getAddress().getPort();
        bindGridRobot("DINGTALK", base + "/dingtalk", "SECtest", true);
        String title = "失败测试" + System.nanoTime();
        long id = report(Api.as(port, "resident.zhang"), title);
        eventually(() ->
                jdbc.sql("select count(*) from notification_delivery where channel = 'DINGTALK' and content like :t")
                                .param("t", "%" + title + "%")
                                .query(Long.class)
                                .single()
                        > 0);
        Instant later = Instant.now();
        for (int round = 0; round < 10; round++) {
            later = later.plus(Duration.ofHours(2));
            sender.sendDue(later);
        }
        var failed = admin.get("/api/v1/notification-deliveries?status=FAILED&size=100")
                .json()
                .path("items");
        var mine = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        failed.forEach(item -> {
            if (item.path("content").asString().contains(title)) mine.add(item);
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("attempts").asInt()).isEqualTo(Notifications.MAX_ATTEMPTS);
        assertThat(mine.get(0).path("lastError").asString()).contains("310000");
        assertThat(Api.as(port, "taoyuan.community")
                        .post("/api/v1/cases/" + id + "/transitions", json("action", "FILE"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheRegionAdministratorConfiguresChannels() {
        assertThat(Api.as(port, "saihan.admin")
                        .put("/api/v1/notification-channels/WECOM", json("url", "http://x.example/h"))
                        .status())
                .isEqualTo(403);
        var bad = Api.as(port, "region.admin").put("/api/v1/notification-channels/WECOM", json("url", "ftp://x"));
        assertThat(bad.json().path("field").asString()).isEqualTo("url");
    }

    @Test
    void aChannelUrlMustBeHttpsOnAPublicHost() {
        var admin = Api.as(port, "region.admin");
        var cases = java.util.Map.of(
                "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
                "url.scheme",
                "https://127.0.0.1:" + port + "/api/v1/cases",
                "url.address",
                "https://[::1]/hook",
                "url.address",
                "https://169.254.169.254/latest/meta-data/",
                "url.address",
                "https://10.1.2.3/hook",
                "url.address",
                "https://100.64.0.1/hook",
                "url.address",
                "https://[fd00::1]/hook",
                "url.address",
                "https://[::ffff:192.168.1.1]/hook",
                "url.address",
                "https://0.0.0.0/hook",
                "url.address");
        cases.forEach((url, rule) -> {
            var answer = admin.put("/api/v1/notification-channels/WECOM", json("url", url));
            assertThat(answer.status()).as(url).isEqualTo(400);
            assertThat(answer.json().path("field").asString()).as(url).isEqualTo("url");
            assertThat(answer.json().path("rule").asString()).as(url).isEqualTo(rule);
        });
        assertThat(admin.get("/api/v1/notification-channels").json().findValuesAsString("url"))
                .noneMatch(cases::containsKey);
        var english = admin.inLanguage("en")
                .put("/api/v1/notification-channels/SMS", json("url", "https://192.168.1.10/sms"));
        assertThat(english.json().path("detail").asString()).contains("private");
        assertThat(english.json().path("message_zh").asString()).contains("内网");
    }

    @Test
    void aLoopbackListenerThatIsNotListedReceivesNothingEvenWhenItsUrlIsAlreadyStored() throws Exception {
        // As if saved before the rule existed, or while its name still resolved to a public address.
        bindGridRobot("WECOM", "http://localhost:9/off", null, true);
        jdbc.sql("update group_robot set url = :url where scope_code = :grid and place_id is null")
                .param("url", "http://127.0.0.1:" + port(robot) + "/wecom")
                .param("grid", GRID1)
                .update();
        String title = "旧地址测试" + System.nanoTime();
        report(Api.as(port, "resident.zhang"), title);
        eventually(() -> pendingOrFailed(title) > 0);
        sender.sendDue(Instant.now());
        assertThat(received).noneMatch(body -> body.contains(title));
        assertThat(lastError(title)).contains("url.scheme");
    }

    @Test
    void aRedirectFromAListedHostIntoAnUnlistedAddressIsNotFollowed() throws Exception {
        assertThat(bindGridRobot("WECOM", "http://localhost:" + port(robot) + "/bounce", null, true)
                        .status())
                .isEqualTo(200);
        String title = "跳转测试" + System.nanoTime();
        report(Api.as(port, "resident.zhang"), title);
        eventually(() -> pendingOrFailed(title) > 0);
        sender.sendDue(Instant.now());
        assertThat(bounced.get()).isPositive();
        assertThat(received).noneMatch(body -> body.contains(title));
        assertThat(lastError(title)).contains("HTTP 302");
    }

    long pendingOrFailed(String title) {
        return jdbc.sql("select count(*) from notification_delivery where channel = 'WECOM' and content like :t"
                        + " and status <> 'SENT'")
                .param("t", "%" + title + "%")
                .query(Long.class)
                .single();
    }

    String lastError(String title) {
        return jdbc.sql("select coalesce(max(last_error), '') from notification_delivery where channel = 'WECOM'"
                        + " and content like :t")
                .param("t", "%" + title + "%")
                .query(String.class)
                .single();
    }
}
