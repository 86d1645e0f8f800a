package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.CurrentActor;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * How the indicators count the answers to a case: a take-over answers a dispatch (响应率) like an
 * acceptance, and the street's rating of each summoned unit's answer makes the unit's 应哨满意率.
 */
@IntegrationTest
class AnswerIndicatorTests {

    static final String TAKEN_OVER_GRID = "150105004015062";
    static final String WHISTLED_GRID = "150105004015063";
    static final String GAS = "91150105MA0XECCCFC";
    static final String PROPERTY = "91150105MA067CX2KD";

    @LocalServerPort
    int port;

    @Autowired
    CaseIndicators indicators;

    /** A case filed in a grid of this test's own, and escalated by its community to the street. */
    long atTheStreet(String grid, String category) {
        var community = Api.as(port, "taoyuan.community");
        assertThat(community
                        .post("/api/v1/grids", json("code", grid, "name", "应答指标网格"))
                        .status())
                .isIn(201, 400);
        var created = community.post(
                "/api/v1/cases",
                json("type", "PROBLEM", "category", category, "gridCode", grid, "title", "应答", "description", "应答指标"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        act(community, id, "action", "FILE");
        act(community, id, "action", "ESCALATE", "note", "报街道");
        return id;
    }

    @Test
    void aCaseTakenOverFromItsAssigneeCountsAsAnswered() {
        var street = Api.as(port, "dxdl.street");
        long id = atTheStreet(TAKEN_OVER_GRID, "EVENT.PARKING");
        act(street, id, "action", "DISPATCH", "assignee", "taoyuan.community");
        assertThat(act(street, id, "action", "TAKE_OVER", "note", "社区未接单，街道接手")
                        .path("status")
                        .asString())
                .isEqualTo("HANDLING");

        JsonNode total = street.get("/api/v1/indicators?division=" + TAKEN_OVER_GRID)
                .json()
                .path("total");
        assertThat(total.path("dispatched").asLong()).isEqualTo(1);
        assertThat(total.path("responseRate").asDouble()).isEqualTo(1.0);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        indicators.foldChanges();
        for (String area : List.of("150105004", "150105")) {
            IndicatorReport rolledUp = CurrentActor.runAsSystem(() -> indicators.report(area, today, today));
            IndicatorReport computed = CurrentActor.runAsSystem(
                    () -> indicators.reportFromCases(area, today, today, CaseIndicators.Breakdown.AREA));
            assertThat(rolledUp).as(area).isEqualTo(computed);
        }
    }

    @Test
    void eachUnitShowsHowManyOfItsAnswersTheStreetRatedAndTheShareSatisfied() {
        var street = Api.as(port, "dxdl.street");
        var gas = Api.as(port, "gas.dept");
        long released = atTheStreet(WHISTLED_GRID, "EVENT.GAS_HAZARD");
        act(
                street,
                released,
                "action",
                "WHISTLE",
                "units",
                List.of(Map.of("unit", GAS, "role", "LEAD"), Map.of("unit", PROPERTY, "role", "ASSIST")));
        act(gas, released, "action", "REPORT_IN");
        act(gas, released, "action", "REPORT_BACK", "note", "已关阀");
        act(street, released, "action", "RELEASE_UNIT", "unit", PROPERTY, "note", "物业公司无人应答");
        act(street, released, "action", "RATE_UNIT", "unit", GAS, "satisfaction", "SATISFIED");

        long dissatisfied = atTheStreet(WHISTLED_GRID, "EVENT.GAS_HAZARD");
        act(street, dissatisfied, "action", "WHISTLE", "units", List.of(Map.of("unit", GAS, "role", "LEAD")));
        act(gas, dissatisfied, "action", "REPORT_IN");
        act(gas, dissatisfied, "action", "REPORT_BACK", "note", "已处理");
        act(street, dissatisfied, "action", "RATE_UNIT", "unit", GAS, "satisfaction", "DISSATISFIED");

        JsonNode report = street.get("/api/v1/indicators?division=" + WHISTLED_GRID + "&by=UNIT")
                .json();
        JsonNode gasRow = row(report, GAS);
        assertThat(gasRow.path("cases").asLong()).isEqualTo(2);
        assertThat(gasRow.path("ratedAnswers").asLong()).isEqualTo(2);
        assertThat(gasRow.path("answerSatisfactionRate").asDouble()).isEqualTo(0.5);
        JsonNode propertyRow = row(report, PROPERTY);
        assertThat(propertyRow.path("ratedAnswers").asLong()).isZero();
        assertThat(propertyRow.path("answerSatisfactionRate").isNull()).isTrue();
        assertThat(report.path("total").path("ratedAnswers").isNull()).isTrue();
    }

    static JsonNode row(JsonNode report, String code) {
        for (JsonNode child : report.path("children")) {
            if (child.path("code").asString().equals(code)) return child;
        }
        throw new AssertionError("no row " + code + " in " + report);
    }
}
