package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The indicators of a grid of their own, fed by cases walked through the loop in this test. */
@IntegrationTest
class IndicatorTests {

    static final String GRID = "150105004015060";

    @LocalServerPort
    int port;

    long newCase(Api api, String category) {
        return api.post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                category,
                                "gridCode",
                                GRID,
                                "title",
                                "指标测试",
                                "description",
                                "用于计算指标"))
                .json()
                .path("id")
                .asLong();
    }

    @Test
    void indicatorsFollowWhatHappenedToTheCases() {
        var community = Api.as(port, "taoyuan.community");
        assertThat(community
                        .post("/api/v1/grids", json("code", GRID, "name", "指标测试网格"))
                        .status())
                .isIn(201, 400);

        long closed = newCase(community, "EVENT.PARKING");
        act(community, closed, "action", "FILE");
        act(community, closed, "action", "DISPATCH", "assignee", "taoyuan.community");
        act(community, closed, "action", "ACCEPT");
        act(community, closed, "action", "REPORT_BACK", "note", "已处理");
        act(community, closed, "action", "VERIFY_FAIL", "note", "车位划线不清");
        act(community, closed, "action", "REPORT_BACK", "note", "已处理");
        act(community, closed, "action", "VERIFY_PASS");
        act(community, closed, "action", "CLOSE");
        act(community, closed, "action", "RATE", "resolved", true, "satisfaction", "BASICALLY_SATISFIED");

        long dispatchedOnly = newCase(community, "EVENT.PARKING");
        act(community, dispatchedOnly, "action", "FILE");
        act(community, dispatchedOnly, "action", "DISPATCH", "assignee", "taoyuan.community");

        newCase(community, "PART.ROAD_DAMAGE");

        JsonNode report = community.get("/api/v1/indicators?division=" + GRID).json();
        JsonNode total = report.path("total");
        assertThat(total.path("cases").asLong()).isEqualTo(3);
        assertThat(total.path("filed").asLong()).isEqualTo(2);
        assertThat(total.path("dispatched").asLong()).isEqualTo(2);
        assertThat(total.path("closed").asLong()).isEqualTo(1);
        assertThat(total.path("responseRate").asDouble()).isEqualTo(0.5);
        assertThat(total.path("closureRate").asDouble()).isEqualTo(0.5);
        assertThat(total.path("onTimeClosureRate").asDouble()).isEqualTo(1.0);
        assertThat(total.path("satisfactionRate").asDouble()).isEqualTo(1.0);
        assertThat(total.path("resolutionRate").asDouble()).isEqualTo(1.0);
        assertThat(total.path("reworkRate").asDouble()).isEqualTo(1.0);
        assertThat(report.path("topCategories").get(0).path("code").asString()).isEqualTo("EVENT.PARKING");
        assertThat(report.path("topCategories").get(0).path("cases").asLong()).isEqualTo(2);

        JsonNode byWorker = community
                .get("/api/v1/indicators?division=" + GRID + "&by=WORKER")
                .json();
        assertThat(byWorker.path("children").findValuesAsString("code")).contains("taoyuan.community", "");
        JsonNode byMonth = community
                .get("/api/v1/indicators?division=" + GRID + "&by=MONTH")
                .json();
        assertThat(byMonth.path("children").get(0).path("cases").asLong()).isEqualTo(3);
        assertThat(community
                        .get("/api/v1/indicators?by=YEARLY")
                        .json()
                        .path("field")
                        .asString())
                .isEqualTo("by");

        JsonNode community12 = community.get("/api/v1/indicators").json();
        assertThat(community12.path("division").asString()).isEqualTo("150105004015");
        assertThat(community12.path("children").findValuesAsString("code")).contains(GRID);
    }

    @Test
    void indicatorsStayInsideTheScope() {
        assertThat(Api.as(port, "taoyuan.grid2")
                        .get("/api/v1/indicators?division=150105004015001")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "taoyuan.grid2")
                        .get("/api/v1/indicators?division=150105004015002")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, "resident.zhang").get("/api/v1/indicators").status())
                .isEqualTo(403);
        var badRange = Api.as(port, "taoyuan.community").get("/api/v1/indicators?from=2026-12-01&to=2026-11-01");
        assertThat(badRange.json().path("field").asString()).isEqualTo("from");
    }
}
