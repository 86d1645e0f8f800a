package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The closed loop with the demo users of 桃园社区, over real HTTP. */
@IntegrationTest
class CaseLoopTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonNode report(Api reporter, String grid, String category) {
        var created = reporter.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        category,
                        "gridCode",
                        grid,
                        "title",
                        "3号楼楼道有燃气味",
                        "description",
                        "外卖小哥送餐时闻到3号楼2单元楼道有明显燃气味，请尽快处理"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location())
                .isEqualTo("/api/v1/cases/" + created.json().path("id").asLong());
        return created.json();
    }

    @Test
    void aResidentsReportGoesRoundTheWholeLoopToTheirRating() {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        JsonNode created = report(resident, GRID1, "EVENT.GAS_HAZARD");
        long id = created.path("id").asLong();
        assertThat(created.path("status").asString()).isEqualTo("INTAKE");
        assertThat(created.path("number").asString()).matches("150105-\\d{8}-\\d{6}");
        assertThat(created.path("source").asString()).isEqualTo("RESIDENT");

        act(community, id, "action", "FILE", "note", "燃气隐患，立即立案");
        JsonNode dispatched = act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1", "note", "网格员上门排查");
        assertThat(dispatched.path("deadlineState").asString()).isEqualTo("GREEN");
        assertThat(java.time.Duration.between(
                        java.time.Instant.parse(dispatched.path("dispatchedAt").asString()),
                        java.time.Instant.parse(dispatched.path("deadlineAt").asString())))
                .isEqualTo(java.time.Duration.ofHours(24));
        act(worker, id, "action", "ACCEPT");
        act(worker, id, "action", "REPORT_BACK", "note", "已联系燃气公司更换老化胶管，复测无泄漏");
        act(community, id, "action", "VERIFY_PASS", "note", "现场核查无异味");
        act(community, id, "action", "CLOSE");
        JsonNode rated = act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED");
        assertThat(rated.path("status").asString()).isEqualTo("RATED");

        var events = resident.get("/api/v1/cases/" + id + "/events").json();
        assertThat(events.findValuesAsString("action"))
                .containsExactly("CREATE", "FILE", "DISPATCH", "ACCEPT", "REPORT_BACK", "VERIFY_PASS", "CLOSE", "RATE");
        assertThat(events.findValuesAsString("actor"))
                .containsExactly(
                        "resident.zhang",
                        "taoyuan.community",
                        "taoyuan.community",
                        "taoyuan.grid1",
                        "taoyuan.grid1",
                        "taoyuan.community",
                        "taoyuan.community",
                        "resident.zhang");
    }

    @Test
    void anIllegalTransitionIs409AndAForbiddenRoleIs403() {
        var resident = Api.as(port, "resident.zhang");
        long id = report(resident, GRID1, "PART.ROAD_DAMAGE").path("id").asLong();
        var close =
                Api.as(port, "taoyuan.community").post("/api/v1/cases/" + id + "/transitions", json("action", "CLOSE"));
        assertThat(close.status()).isEqualTo(409);
        assertThat(close.json().path("rule").asString()).isEqualTo("workflow.illegal-transition");
        var file = resident.post("/api/v1/cases/" + id + "/transitions", json("action", "FILE"));
        assertThat(file.status()).isEqualTo(403);
        var unknown = resident.post("/api/v1/cases/" + id + "/transitions", json("action", "TELEPORT"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asString()).isEqualTo("action");
        assertThat(resident.get("/api/v1/cases/" + id).json().path("status").asString())
                .isEqualTo("INTAKE");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCaseEvenWhenConcurrent() throws Exception {
        var resident = Api.as(port, "resident.zhang");
        String key = UUID.randomUUID().toString();
        String body = json(
                "type",
                "SERVICE_ORDER",
                "category",
                "SERVICE.MEAL_ASSISTANCE",
                "gridCode",
                GRID1,
                "title",
                "为独居老人订午餐",
                "description",
                "每天中午送餐到1号楼");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(pool.submit(
                        (Callable<Api.Response>) () -> resident.post("/api/v1/cases", body, "Idempotency-Key", key)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Api.Response> response : responses) {
                assertThat(response.get().status()).isEqualTo(201);
                ids.add(response.get().json().path("id").asLong());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from work_case where idempotency_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var retry = resident.post("/api/v1/cases", body, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
    }

    @Test
    void ofTwoConcurrentTransitionsOneWinsAndTheOtherGets409() throws Exception {
        var community = Api.as(port, "taoyuan.community");
        var leader = Api.as(port, "taoyuan.grid1");
        long id = report(Api.as(port, "resident.zhang"), GRID1, "EVENT.PARKING")
                .path("id")
                .asLong();
        for (int round = 0; round < 3; round++) {
            long caseId = round == 0
                    ? id
                    : report(Api.as(port, "resident.zhang"), GRID1, "EVENT.PARKING")
                            .path("id")
                            .asLong();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Api.Response> a = pool.submit(
                        () -> community.post("/api/v1/cases/" + caseId + "/transitions", json("action", "FILE")));
                Future<Api.Response> b = pool.submit(() -> leader.post(
                        "/api/v1/cases/" + caseId + "/transitions", json("action", "FILE", "note", "网格员直接立案")));
                List<Integer> statuses = List.of(a.get().status(), b.get().status());
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdown();
            }
            var events = community.get("/api/v1/cases/" + caseId + "/events").json();
            assertThat(events.size()).isEqualTo(2);
            String finalStatus = community
                    .get("/api/v1/cases/" + caseId)
                    .json()
                    .path("status")
                    .asString();
            assertThat(finalStatus).isEqualTo(events.get(1).path("toStatus").asString());
        }
    }

    @Test
    void threeFailedVerificationsEscalateTheCaseOneLevel() {
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        long id = report(worker, GRID1, "PART.DRAINAGE").path("id").asLong();
        act(worker, id, "action", "FILE");
        act(worker, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(worker, id, "action", "ACCEPT");
        for (int attempt = 1; attempt <= 3; attempt++) {
            act(worker, id, "action", "REPORT_BACK", "note", "第" + attempt + "次疏通");
            JsonNode verified = act(community, id, "action", "VERIFY_FAIL", "note", "仍有积水");
            assertThat(verified.path("reworkCount").asInt()).isEqualTo(attempt);
            if (attempt < 3) assertThat(verified.path("status").asString()).isEqualTo("HANDLING");
        }
        JsonNode escalated = community.get("/api/v1/cases/" + id).json();
        assertThat(escalated.path("status").asString()).isEqualTo("FILED");
        assertThat(escalated.path("level").asInt()).isEqualTo(12);
        assertThat(escalated.path("assignee").isNull()).isTrue();
        var events = community.get("/api/v1/cases/" + id + "/events").json();
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("ESCALATE");
        assertThat(last.path("actor").asString()).isEqualTo("system");
    }

    @Test
    void aDissatisfiedRatingReopensTheCase() {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        long id = report(resident, GRID1, "EVENT.EV_CHARGING").path("id").asLong();
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        var worker = Api.as(port, "taoyuan.grid1");
        act(worker, id, "action", "ACCEPT");
        act(worker, id, "action", "REPORT_BACK", "note", "已联系物业");
        act(community, id, "action", "VERIFY_PASS");
        act(community, id, "action", "CLOSE");
        JsonNode rated = act(
                resident, id, "action", "RATE", "resolved", false, "satisfaction", "DISSATISFIED", "note", "充电桩还是没装");
        assertThat(rated.path("status").asString()).isEqualTo("FILED");
        assertThat(rated.path("satisfaction").asString()).isEqualTo("DISSATISFIED");
        var events = resident.get("/api/v1/cases/" + id + "/events").json();
        assertThat(events.get(events.size() - 1).path("action").asString()).isEqualTo("REOPEN");
        assertThat(events.get(events.size() - 1).path("data").asString()).contains("taoyuan.grid1");
        var otherRater = Api.as(port, "taoyuan.grid2")
                .post(
                        "/api/v1/cases/" + id + "/transitions",
                        json("action", "RATE", "resolved", true, "satisfaction", "SATISFIED"));
        assertThat(otherRater.status()).isIn(403, 404);
    }

    @Test
    void suspendedTimeDoesNotCountAgainstTheDeadline() throws Exception {
        var community = Api.as(port, "taoyuan.community");
        long id = report(community, GRID1, "EVENT.NEIGHBOUR_DISPUTE").path("id").asLong();
        act(community, id, "action", "FILE");
        JsonNode dispatched = act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(community, id, "action", "SUSPEND", "note", "等待当事人返回");
        assertThat(community
                        .post("/api/v1/cases/" + id + "/transitions", json("action", "SUSPEND", "note", "再次"))
                        .status())
                .isEqualTo(409);
        Thread.sleep(1100);
        JsonNode resumed = act(community, id, "action", "RESUME");
        java.time.Duration moved = java.time.Duration.between(
                java.time.Instant.parse(dispatched.path("deadlineAt").asString()),
                java.time.Instant.parse(resumed.path("deadlineAt").asString()));
        assertThat(moved).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(resumed.path("suspended").asBoolean()).isFalse();
    }

    @Test
    void casesStayInsideWhatEachUserMaySee() {
        var community = Api.as(port, "taoyuan.community");
        long inGrid1 = report(Api.as(port, "taoyuan.grid1"), GRID1, "EVENT.ENVIRONMENT")
                .path("id")
                .asLong();
        long inGrid2 = report(Api.as(port, "taoyuan.grid2"), GRID2, "EVENT.ENVIRONMENT")
                .path("id")
                .asLong();
        var grid2 = Api.as(port, "taoyuan.grid2");
        assertThat(grid2.get("/api/v1/cases/" + inGrid1).status()).isEqualTo(404);
        assertThat(grid2.get("/api/v1/cases/" + inGrid1 + "/events").status()).isEqualTo(404);
        assertThat(grid2.post("/api/v1/cases/" + inGrid1 + "/transitions", json("action", "FILE"))
                        .status())
                .isEqualTo(404);
        assertThat(grid2.get("/api/v1/cases?size=500").json().path("items").findValuesAsString("gridCode"))
                .allMatch(GRID2::equals);
        assertThat(community.get("/api/v1/cases?size=500").json().path("items").findValuesAsString("number"))
                .contains(numberOf(community, inGrid1), numberOf(community, inGrid2));
        var gas = Api.as(port, "gas.dept");
        assertThat(gas.get("/api/v1/cases/" + inGrid1).status()).isEqualTo(404);
        assertThat(gas.get("/api/v1/cases?size=500").json().path("items").findValuesAsString("gridCode"))
                .as("a partner unit sees only the cases it was summoned to")
                .doesNotContain(GRID2);
        var resident = Api.as(port, "resident.zhang");
        assertThat(resident.get("/api/v1/cases?size=500").json().path("items").findValuesAsString("reporter"))
                .allMatch("resident.zhang"::equals);
        assertThat(resident.get("/api/v1/cases/" + inGrid1).status()).isEqualTo(404);
    }

    static String numberOf(Api api, long id) {
        return api.get("/api/v1/cases/" + id).json().path("number").asString();
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndNothingIsWritten() {
        var worker = Api.as(port, "taoyuan.grid1");
        long before =
                jdbc.sql("select count(*) from work_case").query(Long.class).single();
        var unknownCategory = worker.post(
                "/api/v1/cases",
                json("type", "PROBLEM", "category", "EVENT.UFO", "gridCode", GRID1, "title", "x", "description", "y"));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.json().path("field").asString()).isEqualTo("category");
        var otherGrid = worker.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        "EVENT.PARKING",
                        "gridCode",
                        GRID2,
                        "title",
                        "x",
                        "description",
                        "y"));
        assertThat(otherGrid.json().path("rule").asString()).isEqualTo("grid.in-scope");
        var tooLong = worker.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        "EVENT.PARKING",
                        "gridCode",
                        GRID1,
                        "title",
                        "x",
                        "description",
                        "长".repeat(4001)));
        assertThat(tooLong.json().path("field").asString()).isEqualTo("description");
        var badType = worker.post("/api/v1/cases", "{\"type\":\"RUMOUR\",\"category\":\"EVENT.PARKING\"}");
        assertThat(badType.json().path("field").asString()).isEqualTo("type");
        assertThat(jdbc.sql("select count(*) from work_case").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aPointIsLocatedToTheNearestGrid() {
        var resident = Api.as(port, "resident.zhang");
        JsonNode grid =
                Api.as(port, "region.admin").get("/api/v1/grids/" + GRID1).json();
        var created = resident.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        "PART.STREET_LIGHT",
                        "lat",
                        grid.path("centreLat").asDouble() + 0.0002,
                        "lng",
                        grid.path("centreLng").asDouble(),
                        "title",
                        "路灯不亮",
                        "description",
                        "小区门口路灯坏了"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("gridCode").asString()).isEqualTo(GRID1);
        var nowhere = resident.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        "PART.STREET_LIGHT",
                        "lat",
                        10.0,
                        "lng",
                        10.0,
                        "title",
                        "x",
                        "description",
                        "y"));
        assertThat(nowhere.json().path("rule").asString()).isEqualTo("location.no-grid");
    }

    @Test
    void categoriesCarryTheirDeadlinePolicyAndOnlyTheRegionChangesThem() {
        var admin = Api.as(port, "region.admin");
        var categories = admin.get("/api/v1/case-categories").json();
        assertThat(categories.findValuesAsString("code")).contains("EVENT.GAS_HAZARD", "SERVICE.PENSION");
        var saved = admin.put(
                "/api/v1/case-categories/EVENT.DEMO_FAST",
                json(
                        "parentCode",
                        "EVENT",
                        "nameZh",
                        "演示",
                        "nameEn",
                        "Demo",
                        "limitGeneral",
                        "PT30M",
                        "limitUrgent",
                        "PT20M",
                        "limitCritical",
                        "PT10M",
                        "warnRatio",
                        0.5,
                        "publicView",
                        true,
                        "active",
                        true));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("limitCritical").asString()).isEqualTo("PT10M");
        var bad = admin.put(
                "/api/v1/case-categories/EVENT.DEMO_BAD",
                json(
                        "nameZh",
                        "x",
                        "nameEn",
                        "x",
                        "limitGeneral",
                        "seven days",
                        "limitUrgent",
                        "PT1H",
                        "limitCritical",
                        "PT1H",
                        "active",
                        true));
        assertThat(bad.json().path("field").asString()).isEqualTo("limitGeneral");
        assertThat(Api.as(port, "saihan.admin")
                        .put("/api/v1/case-categories/EVENT.DEMO_FAST", json("nameZh", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDemoReplaysTheGasLeakOfTheArticleToARatedCase() {
        var resident = Api.as(port, "resident.zhang");
        var gasCases = resident.get("/api/v1/cases?category=EVENT.GAS_HAZARD&status=RATED&size=500")
                .json()
                .path("items");
        JsonNode demo = null;
        for (JsonNode item : gasCases) {
            if ("楼道燃气泄漏".equals(item.path("title").asString())) demo = item;
        }
        assertThat(demo).as("the demo gas-leak case").isNotNull();
        assertThat(demo.path("satisfaction").asString()).isEqualTo("SATISFIED");
        assertThat(resident.get("/api/v1/cases/" + demo.path("id").asLong() + "/events")
                        .json()
                        .findValuesAsString("actor"))
                .contains("dxdl.street", "gas.dept");
    }
}
