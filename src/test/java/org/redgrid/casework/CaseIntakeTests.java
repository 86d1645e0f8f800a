package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.casework.CaseReports.report;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What a case takes in and who sees it: input checks that write nothing, locating a point, categories and their deadline policy, the data scope. */
@IntegrationTest
class CaseIntakeTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
}
