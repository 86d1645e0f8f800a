package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.casework.CaseReports.report;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The closed loop with the demo users of 桃园社区, over real HTTP: from a report to its rating, and the outcomes that differ from the plain loop. */
@IntegrationTest
class CaseLoopTests {

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

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
