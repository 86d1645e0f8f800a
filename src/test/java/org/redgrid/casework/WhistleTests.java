package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 吹哨报到: the street summons the gas company (lead) and the property company (assisting). */
@IntegrationTest
class WhistleTests {

    static final String GAS = "91150105MA0XECCCFC";
    static final String PROPERTY = "91150105MA067CX2KD";

    @LocalServerPort
    int port;

    Api propertyUser() {
        var admin = Api.as(port, "region.admin");
        if (admin.get("/api/v1/users?q=property.dept").json().path("total").asLong() == 0) {
            assertThat(admin.post(
                                    "/api/v1/users",
                                    json(
                                            "username",
                                            "property.dept",
                                            "displayName",
                                            "物业服务中心",
                                            "password",
                                            "Property#2026",
                                            "roles",
                                            List.of("DEPARTMENT"),
                                            "scope",
                                            "150105004",
                                            "partnerUnit",
                                            PROPERTY))
                            .status())
                    .isEqualTo(201);
        }
        return Api.as(port, "property.dept", "Property#2026");
    }

    long escalatedGasCase() {
        var resident = Api.as(port, "resident.zhang");
        long id = resident.post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.GAS_HAZARD",
                                "gridCode",
                                "150105004015001",
                                "urgency",
                                "CRITICAL",
                                "title",
                                "燃气管道老化泄漏",
                                "description",
                                "3号楼外墙燃气立管锈蚀，闻到燃气味"))
                .json()
                .path("id")
                .asLong();
        var community = Api.as(port, "taoyuan.community");
        act(community, id, "action", "FILE");
        act(community, id, "action", "ESCALATE", "note", "需燃气公司和物业共同处置，报请街道吹哨");
        return id;
    }

    @Test
    void theWhistleIsAnsweredOnlyWhenEveryUnitHasReportedBack() {
        long id = escalatedGasCase();
        var street = Api.as(port, "dxdl.street");
        var gas = Api.as(port, "gas.dept");
        var property = propertyUser();
        assertThat(gas.get("/api/v1/cases/" + id).status()).isEqualTo(404);

        JsonNode whistled = act(
                street,
                id,
                "action",
                "WHISTLE",
                "note",
                "吹哨：燃气公司主办，物业协办",
                "units",
                List.of(
                        Map.of("unit", GAS, "role", "LEAD", "reportInWithin", "PT1H"),
                        Map.of("unit", PROPERTY, "role", "ASSIST")));
        assertThat(whistled.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(whistled.path("level").asInt()).isEqualTo(9);
        assertThat(whistled.path("deadlineState").asString()).isEqualTo("GREEN");

        assertThat(gas.get("/api/v1/cases/" + id).status()).isEqualTo(200);
        assertThat(act(gas, id, "action", "REPORT_IN", "note", "燃气公司已报到")
                        .path("status")
                        .asString())
                .isEqualTo("HANDLING");
        var twice = gas.post("/api/v1/cases/" + id + "/transitions", json("action", "REPORT_IN"));
        assertThat(twice.status()).isEqualTo(409);
        act(property, id, "action", "REPORT_IN");
        assertThat(act(gas, id, "action", "REPORT_BACK", "note", "已更换立管，检测无泄漏")
                        .path("status")
                        .asString())
                .isEqualTo("HANDLING");
        assertThat(act(property, id, "action", "REPORT_BACK", "note", "已配合入户")
                        .path("status")
                        .asString())
                .isEqualTo("REPORTED");

        var targets = street.get("/api/v1/cases/" + id + "/whistle").json();
        assertThat(targets.findValuesAsString("role")).containsExactly("LEAD", "ASSIST");
        assertThat(targets.findValuesAsString("reportedBackBy")).containsExactly("gas.dept", "property.dept");
        assertThat(street.get("/api/v1/cases/" + id + "/events").json().findValuesAsString("action"))
                .containsSubsequence("WHISTLE", "REPORT_IN", "REPORT_IN", "REPORT_BACK", "REPORT_BACK");
    }

    @Test
    void aWhistleNeedsExactlyOneLeadAndUnitsServingTheArea() {
        long id = escalatedGasCase();
        var street = Api.as(port, "dxdl.street");
        var noLead = street.post(
                "/api/v1/cases/" + id + "/transitions",
                json("action", "WHISTLE", "units", List.of(Map.of("unit", GAS, "role", "ASSIST"))));
        assertThat(noLead.status()).isEqualTo(400);
        assertThat(noLead.json().path("rule").asString()).isEqualTo("whistle.one-lead");
        var unknown = street.post(
                "/api/v1/cases/" + id + "/transitions",
                json("action", "WHISTLE", "units", List.of(Map.of("unit", "914403001922038216", "role", "LEAD"))));
        assertThat(unknown.json().path("field").asString()).isEqualTo("units[0].unit");
        assertThat(street.get("/api/v1/cases/" + id).json().path("status").asString())
                .isEqualTo("FILED");
        assertThat(Api.as(port, "taoyuan.community")
                        .post(
                                "/api/v1/cases/" + id + "/transitions",
                                json("action", "WHISTLE", "units", List.of(Map.of("unit", GAS, "role", "LEAD"))))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aUnitThatWasNotSummonedCanNeitherSeeNorReportIn() {
        long id = escalatedGasCase();
        act(
                Api.as(port, "dxdl.street"),
                id,
                "action",
                "WHISTLE",
                "units",
                List.of(Map.of("unit", GAS, "role", "LEAD")));
        var property = propertyUser();
        assertThat(property.get("/api/v1/cases/" + id).status()).isEqualTo(404);
        assertThat(property.post("/api/v1/cases/" + id + "/transitions", json("action", "REPORT_IN"))
                        .status())
                .isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Autowired
    Casework casework;

    @Test
    void aUnitThatMissesItsReportInLimitIsMarkedLateOnce() {
        long id = escalatedGasCase();
        JsonNode whistled = act(
                Api.as(port, "dxdl.street"),
                id,
                "action",
                "WHISTLE",
                "units",
                List.of(Map.of("unit", GAS, "role", "LEAD", "reportInWithin", "PT30M")));
        java.time.Instant at = java.time.Instant.parse(
                        whistled.path("dispatchedAt").asString())
                .plusSeconds(31 * 60);
        org.redgrid.shared.CurrentActor.runAsSystem(() -> casework.sweepDeadlines(at));
        org.redgrid.shared.CurrentActor.runAsSystem(() -> casework.sweepDeadlines(at.plusSeconds(60)));
        var street = Api.as(port, "dxdl.street");
        assertThat(street.get("/api/v1/cases/" + id + "/events").json().findValuesAsString("action"))
                .filteredOn("REPORT_IN_LATE"::equals)
                .hasSize(1);
        assertThat(street.get("/api/v1/cases/" + id + "/whistle")
                        .json()
                        .get(0)
                        .path("lateToReportIn")
                        .asBoolean())
                .isTrue();
    }
}
