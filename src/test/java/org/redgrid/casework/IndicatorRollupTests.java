package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.CurrentActor;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rollups the dashboards read agree exactly with the indicators computed from the cases and their
 * events, for every area above a community, by area and by month, before and after the changes are
 * folded, and after the rollups are rebuilt from the cases.
 */
@IntegrationTest
class IndicatorRollupTests {

    static final String GRID = "150105004015061";
    static final List<String> AREAS = List.of("15", "1501", "150105", "150105004");

    @LocalServerPort
    int port;

    @Autowired
    CaseIndicators indicators;

    @Autowired
    JdbcClient jdbc;

    long newCase(Api api, String category) {
        var response = api.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        category,
                        "gridCode",
                        GRID,
                        "title",
                        "汇总核对",
                        "description",
                        "核对汇总与明细"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    void assertRollupsAgreeWithTheCases() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (String area : AREAS) {
            for (CaseIndicators.Breakdown by : List.of(CaseIndicators.Breakdown.AREA, CaseIndicators.Breakdown.MONTH)) {
                for (LocalDate from : List.of(today.withDayOfMonth(1), today.minusYears(1), today)) {
                    IndicatorReport rolledUp = CurrentActor.runAsSystem(() -> indicators.report(area, from, today, by));
                    IndicatorReport computed =
                            CurrentActor.runAsSystem(() -> indicators.reportFromCases(area, from, today, by));
                    assertThat(rolledUp).as("%s by %s from %s", area, by, from).isEqualTo(computed);
                }
            }
        }
    }

    @Test
    void rollupsAgreeWithTheFiguresComputedFromTheCases() {
        var community = Api.as(port, "taoyuan.community");
        assertThat(community
                        .post("/api/v1/grids", json("code", GRID, "name", "汇总核对网格"))
                        .status())
                .isIn(201, 400);

        long rated = newCase(community, "EVENT.PARKING");
        act(community, rated, "action", "FILE");
        act(community, rated, "action", "DISPATCH", "assignee", "taoyuan.community");
        act(community, rated, "action", "ACCEPT");
        act(community, rated, "action", "REPORT_BACK", "note", "已处理");
        act(community, rated, "action", "VERIFY_FAIL", "note", "未清理干净");
        act(community, rated, "action", "REPORT_BACK", "note", "已处理");
        act(community, rated, "action", "VERIFY_PASS");
        act(community, rated, "action", "CLOSE");
        long cancelled = newCase(community, "PART.ROAD_DAMAGE");
        act(community, cancelled, "action", "CANCEL", "note", "重复上报");
        long suspended = newCase(community, "PART.STREET_LIGHT");
        act(community, suspended, "action", "FILE");
        act(community, suspended, "action", "DISPATCH", "assignee", "taoyuan.community");
        act(community, suspended, "action", "SUSPEND", "note", "等待配件");
        newCase(community, "EVENT.ENVIRONMENT");

        assertRollupsAgreeWithTheCases();
        indicators.foldChanges();
        assertRollupsAgreeWithTheCases();

        act(community, suspended, "action", "RESUME");
        act(community, rated, "action", "REOPEN", "note", "群众再次反映");
        assertRollupsAgreeWithTheCases();
        indicators.foldChanges();
        assertRollupsAgreeWithTheCases();

        jdbc.sql("select case_rollup_rebuild()").query(Long.class).single();
        assertRollupsAgreeWithTheCases();
    }
}
