package org.redgrid.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.CaseWorkflow;
import org.redgrid.casework.DeadlineState;
import org.redgrid.casework.Urgency;
import org.redgrid.casework.WhistleRole;
import org.redgrid.casework.WhistleTarget;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

/** Which buttons a case page offers: only the actions this user may take on this case now. */
class OfferedActionsTest {

    static final String GRID = "150105004015001";
    static final String GAS = "91150105MA0XECCCFC";
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static Actor actor(String username, Role role, String scope, String unit) {
        return new Actor(username, username, Set.of(role), DataScope.of(scope), unit);
    }

    static CaseView a(CaseStatus status, int level, String assignee) {
        return new CaseView(
                1,
                "150105-20261123-000001",
                CaseType.PROBLEM,
                "EVENT.GAS_HAZARD",
                "燃气隐患",
                Urgency.CRITICAL,
                CaseSource.RESIDENT,
                status,
                level,
                GRID,
                "楼道燃气泄漏",
                "闻到燃气味",
                null,
                null,
                null,
                "resident.zhang",
                "taoyuan.community",
                assignee,
                NOW,
                null,
                null,
                null,
                DeadlineState.NONE,
                false,
                0,
                null,
                null,
                null,
                CaseWorkflow.actionsFrom(status),
                null,
                List.of());
    }

    static WhistleTarget gas(Instant reportedIn) {
        return new WhistleTarget(
                GAS, "燃气公司", WhistleRole.LEAD, NOW, NOW.plusSeconds(3600), reportedIn, null, null, null, false);
    }

    @Test
    void theCommunityMayFileOrDeclineANewReportButNotRateIt() {
        var offered = CasePages.offered(
                actor("taoyuan.community", Role.COMMUNITY_STAFF, "150105004015", null),
                a(CaseStatus.INTAKE, 15, null),
                List.of());

        assertThat(offered).contains(CaseAction.FILE, CaseAction.CANCEL).doesNotContain(CaseAction.RATE);
    }

    @Test
    void onlyTheReporterRatesAClosedCase() {
        CaseView closed = a(CaseStatus.CLOSED, 15, "taoyuan.grid1");

        assertThat(CasePages.offered(actor("resident.zhang", Role.RESIDENT, GRID, null), closed, List.of()))
                .containsExactly(CaseAction.RATE);
        assertThat(CasePages.offered(actor("resident.li", Role.RESIDENT, GRID, null), closed, List.of()))
                .isEmpty();
    }

    @Test
    void theAssigneeAcceptsButAnotherGridWorkerDoesNot() {
        CaseView dispatched = a(CaseStatus.DISPATCHED, 15, "taoyuan.grid1");

        assertThat(CasePages.offered(actor("taoyuan.grid1", Role.GRID_WORKER, GRID, null), dispatched, List.of()))
                .contains(CaseAction.ACCEPT);
        assertThat(CasePages.offered(actor("other.grid", Role.GRID_WORKER, GRID, null), dispatched, List.of()))
                .doesNotContain(CaseAction.ACCEPT, CaseAction.REPORT_BACK);
    }

    @Test
    void aSummonedUnitReportsInOnceAndThenReportsBack() {
        Actor gas = actor("gas.dept", Role.DEPARTMENT, "150105", GAS);

        assertThat(CasePages.offered(gas, a(CaseStatus.DISPATCHED, 9, null), List.of(gas(null))))
                .contains(CaseAction.REPORT_IN)
                .doesNotContain(CaseAction.ACCEPT, CaseAction.WHISTLE);
        assertThat(CasePages.offered(gas, a(CaseStatus.HANDLING, 9, null), List.of(gas(NOW))))
                .contains(CaseAction.REPORT_BACK)
                .doesNotContain(CaseAction.REPORT_IN);
    }

    @Test
    void theCommunityDoesNotActOnACaseHandedUpToTheStreetWhichMayWhistle() {
        CaseView escalated = a(CaseStatus.FILED, 9, null);

        assertThat(CasePages.offered(
                        actor("taoyuan.community", Role.COMMUNITY_STAFF, "150105004015", null), escalated, List.of()))
                .isEmpty();
        assertThat(CasePages.offered(actor("dxdl.street", Role.STREET_STAFF, "150105004", null), escalated, List.of()))
                .contains(CaseAction.WHISTLE, CaseAction.DISPATCH);
    }
}
