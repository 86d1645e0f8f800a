package org.redgrid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;
import static org.redgrid.support.Eventually.eventually;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.notification.internal.DeliverySender;
import org.redgrid.support.Api;
import org.redgrid.support.Created;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 上传下达: notices to residents' inboxes and to the robot of one group, read receipts and relays. */
@IntegrationTest
class NoticeTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";

    @LocalServerPort
    int port;

    @Autowired
    DeliverySender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoSmsGateway sms;

    HttpServer robots;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRobots() throws IOException {
        robots = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String group : List.of("grid1", "grid2", "meal")) {
            robots.createContext("/" + group, exchange -> {
                received.add(
                        group + "|" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] ok = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
            });
        }
        robots.start();
    }

    @AfterEach
    void stopRobots() {
        var community = Api.as(port, "taoyuan.community");
        for (String grid : List.of(GRID1, GRID2)) {
            community.put(
                    "/api/v1/group-robots",
                    json(
                            "scope",
                            grid,
                            "name",
                            "网格群",
                            "channel",
                            "WECOM",
                            "url",
                            "http://localhost:9/off",
                            "enabled",
                            false));
        }
        robots.stop(0);
    }

    Api.Response bind(String scope, Long place, String path) {
        return Api.as(port, "taoyuan.community")
                .put(
                        "/api/v1/group-robots",
                        json(
                                "scope",
                                scope,
                                "place",
                                place,
                                "name",
                                path + "群",
                                "channel",
                                "WECOM",
                                "url",
                                "http://localhost:" + robots.getAddress().getPort() + "/" + path));
    }

    JsonNode send(String scope, Long place, String title, List<String> channels) {
        Api community = Api.as(port, "taoyuan.community");
        var answer = community.post(
                "/api/v1/notices",
                json("scope", scope, "place", place, "title", title, "body", "请各户注意。", "channels", channels));
        Created.at(community, answer);
        return answer.json();
    }

    void sendDue() {
        sender.sendDue(Instant.now());
    }

    @Test
    void aNoticeReachesTheResidentsInboxesAndTheRobotOfItsGridAlone() {
        assertThat(bind(GRID1, null, "grid1").status()).isEqualTo(200);
        assertThat(bind(GRID2, null, "grid2").status()).isEqualTo(200);
        String title = "停水通知" + System.nanoTime();

        JsonNode notice = send(GRID1, null, title, List.of("INBOX", "GROUP"));
        sendDue();

        assertThat(notice.path("recipients").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(notice.path("groups").asInt()).isEqualTo(1);
        assertThat(Api.as(port, "resident.zhang")
                        .get("/api/v1/inbox?size=100")
                        .json()
                        .path("items")
                        .findValuesAsString("title"))
                .contains("【通知】" + title);
        assertThat(received).anyMatch(body -> body.startsWith("grid1|") && body.contains(title));
        assertThat(received).noneMatch(body -> body.startsWith("grid2|") && body.contains(title));
    }

    @Test
    void aCaseIsToldToTheRobotOfItsOwnGridOnly() throws Exception {
        bind(GRID1, null, "grid1");
        bind(GRID2, null, "grid2");
        String title = "本网格诉求" + System.nanoTime();
        Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.ENVIRONMENT",
                                "gridCode",
                                GRID2,
                                "title",
                                title,
                                "description",
                                "垃圾未清运"));
        eventually(() -> {
            sendDue();
            return received.stream().anyMatch(body -> body.contains(title));
        });
        assertThat(received.stream().filter(body -> body.contains(title))).allMatch(body -> body.startsWith("grid2|"));
    }

    @Test
    void aMealPointsMenuGoesToTheMealPointsGroupNotTheGrids() {
        long meal = jdbc.sql("select id from service_place where name = '桃园社区老年助餐点'")
                .query(Long.class)
                .single();
        bind(GRID2, null, "grid2");
        assertThat(bind(GRID2, meal, "meal").status()).isEqualTo(200);
        String title = "今日菜单" + System.nanoTime();

        send(GRID2, meal, title, List.of("GROUP"));
        sendDue();

        assertThat(received).anyMatch(body -> body.startsWith("meal|") && body.contains(title));
        assertThat(received).noneMatch(body -> body.startsWith("grid2|") && body.contains(title));
        var elsewhere = Api.as(port, "taoyuan.community")
                .post(
                        "/api/v1/notices",
                        json("scope", GRID1, "place", meal, "title", "x", "body", "y", "channels", List.of("GROUP")));
        assertThat(elsewhere.json().path("field").asString()).isEqualTo("place");
    }

    @Test
    void aBuildingHeadRelaysTheNoticeAndSeesWhoHasReadIt() {
        String title = "燃气检查" + System.nanoTime();
        long id = send(GRID1, null, title, List.of("INBOX")).path("id").asLong();
        var head = Api.as(port, "taoyuan.building1");
        var resident = Api.as(port, "resident.zhang");

        JsonNode before = head.get("/api/v1/notices/" + id + "/reads").json();
        assertThat(before.path("read").asLong()).isZero();
        long message = resident.get("/api/v1/inbox?size=100").json().path("items").findValues("title").stream()
                .filter(t -> t.asString().equals("【通知】" + title))
                .count();
        assertThat(message).isEqualTo(1);
        resident.get("/api/v1/inbox?size=100").json().path("items").forEach(item -> {
            if (item.path("title").asString().equals("【通知】" + title)) {
                resident.post("/api/v1/inbox/" + item.path("id").asLong() + "/read", "{}");
            }
        });
        var relayed = head.post("/api/v1/notices/" + id + "/relay", "{}");
        assertThat(relayed.status()).as(relayed.body()).isEqualTo(200);

        JsonNode after = head.get("/api/v1/notices/" + id + "/reads").json();
        assertThat(after.path("read").asLong()).isEqualTo(1);
        after.path("readers").forEach(reader -> {
            if (reader.path("username").asString().equals("resident.zhang")) {
                assertThat(reader.path("readAt").isNull()).isFalse();
            }
            if (reader.path("username").asString().equals("taoyuan.building1")) {
                assertThat(reader.path("buildingHead").asBoolean()).isTrue();
                assertThat(reader.path("relayedAt").isNull()).isFalse();
            }
        });
    }

    @Test
    void aResidentSeesNoReadsAndStaffOutsideTheScopeDoNotSeeTheNotice() {
        long id = send(GRID1, null, "门禁维修" + System.nanoTime(), List.of("INBOX"))
                .path("id")
                .asLong();
        var resident = Api.as(port, "resident.zhang");
        assertThat(resident.get("/api/v1/notices/" + id).status()).isEqualTo(200);
        assertThat(resident.get("/api/v1/notices/" + id + "/reads").status()).isEqualTo(403);
        assertThat(resident.post("/api/v1/notices/" + id + "/relay", "{}").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "hongxing.street")
                        .get("/api/v1/notices/" + id + "/reads")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "taoyuan.grid2").get("/api/v1/notices/" + id).status())
                .isEqualTo(404);
    }

    @Test
    void aResidentNotYetLinkedToAPersonSeesNoNoticeOfAnyGrid() {
        long id = send(GRID1, null, "停水通知" + System.nanoTime(), List.of("INBOX"))
                .path("id")
                .asLong();
        String phone = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String newcomer = Residents.register(port, sms, phone, "Grass#land2026", "新居民");
        var unlinked = Api.as(port, newcomer, "Grass#land2026");

        assertThat(unlinked.get("/api/v1/notices/" + id).status()).isEqualTo(404);
        assertThat(unlinked.get("/api/v1/notices?size=100").json().path("total").asLong())
                .isZero();
        assertThat(Api.as(port, "resident.zhang").get("/api/v1/notices/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aNoticeNamesWhatIsWrongWithIt() {
        var community = Api.as(port, "taoyuan.community");
        var noChannel = community.post(
                "/api/v1/notices", json("scope", GRID1, "title", "t", "body", "b", "channels", List.of()));
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(noChannel.json().path("field").asString()).isEqualTo("channels");
        var badScope = community.post(
                "/api/v1/notices", json("scope", "15", "title", "t", "body", "b", "channels", List.of("INBOX")));
        assertThat(badScope.json().path("field").asString()).isEqualTo("scope");
        assertThat(Api.as(port, "resident.zhang")
                        .post(
                                "/api/v1/notices",
                                json("scope", GRID1, "title", "t", "body", "b", "channels", List.of("INBOX")))
                        .status())
                .isEqualTo(403);
        var privateRobot = community.put(
                "/api/v1/group-robots",
                json("scope", GRID1, "name", "群", "channel", "WECOM", "url", "https://10.1.2.3/hook"));
        assertThat(privateRobot.json().path("rule").asString()).isEqualTo("url.address");
        assertThat(Api.as(port, "dxdl.street")
                        .put(
                                "/api/v1/group-robots",
                                json(
                                        "scope",
                                        "150502009018001",
                                        "name",
                                        "群",
                                        "channel",
                                        "WECOM",
                                        "url",
                                        "https://x.example/h"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDemoNoticeWasReadAndRelayedByTheBuildingHead() {
        long id = jdbc.sql("select id from notice where title = '冬季燃气安全提示'")
                .query(Long.class)
                .single();
        JsonNode reads = Api.as(port, "taoyuan.building1")
                .get("/api/v1/notices/" + id + "/reads")
                .json();
        assertThat(reads.path("read").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(reads.path("readers").findValuesAsString("username")).contains("taoyuan.building1");
    }
}
