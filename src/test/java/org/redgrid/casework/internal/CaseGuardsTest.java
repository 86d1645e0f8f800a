package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.casework.internal.CaseFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.WhistleRole;
import org.redgrid.shared.Forbidden;

/** Who may take which action on a case: role, handling level, assignee, reporter, summoned unit. */
class CaseGuardsTest {

    @Test
    void aGridWorkerMayTakeNoActionOnACaseHandedUpToTheCommunity() {
        for (CaseStatus status : CaseStatus.values()) {
            Case c = aCase(status, DivisionLevel.COMMUNITY);
            for (CaseAction action : CaseAction.values()) {
                assertThat(CaseGuards.authorises(WORKER, c, action))
                        .as(status + " " + action)
                        .isFalse();
            }
        }
    }

    @Test
    void staffAboveTheHandlingLevelOnlyUrgeAndTheRungAboveApprovesAnExtension() {
        for (CaseStatus status : CaseStatus.values()) {
            Case grid = aCase(status, DivisionLevel.GRID);
            Case street = aCase(status, DivisionLevel.STREET);
            for (CaseAction action : CaseAction.values()) {
                for (var above : java.util.List.of(STREET, COUNTY, REGION)) {
                    assertThat(CaseGuards.authorises(above, grid, action))
                            .as(above.username() + " " + action)
                            .isEqualTo(action == CaseAction.URGE);
                }
                assertThat(CaseGuards.authorises(REGION, street, action))
                        .as("region " + action)
                        .isEqualTo(action == CaseAction.URGE);
                assertThat(CaseGuards.authorises(COUNTY, street, action))
                        .as("county " + action)
                        .isEqualTo(action == CaseAction.APPROVE_EXTENSION || action == CaseAction.URGE);
            }
        }
    }

    @Test
    void theEngineRefusesWithForbiddenBeforeLookingAtTheStatus() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.COMMUNITY);

        assertThatThrownBy(() -> c.accept(WORKER, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.reportBack(WORKER, "已处理", false, false, NOW)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.dispatch(WORKER, WORKER, POLICY, NOW, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void staffAboveTheHandlingLevelOnlyUrgeTheCase() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);

        assertThat(CaseGuards.offered(STREET, c)).containsExactly(CaseAction.URGE);
        assertThat(CaseGuards.offered(REGION, c)).containsExactly(CaseAction.URGE);
        assertThat(CaseGuards.offered(COMMUNITY, c))
                .contains(CaseAction.DISPATCH, CaseAction.ESCALATE, CaseAction.URGE);
        assertThat(CaseGuards.offered(WORKER, c))
                .contains(CaseAction.DISPATCH, CaseAction.ESCALATE)
                .doesNotContain(CaseAction.URGE);
        assertThat(CaseGuards.offered(OTHER_WORKER, c)).isEmpty();
    }

    @Test
    void onlyTheAssigneeAcceptsAndReportsBack() {
        assertThat(CaseGuards.offered(WORKER, dispatched(CaseStatus.DISPATCHED)))
                .contains(CaseAction.ACCEPT);
        assertThat(CaseGuards.offered(COMMUNITY, dispatched(CaseStatus.DISPATCHED)))
                .doesNotContain(CaseAction.ACCEPT);
        assertThat(CaseGuards.offered(WORKER, dispatched(CaseStatus.HANDLING))).contains(CaseAction.REPORT_BACK);
        assertThat(CaseGuards.offered(COMMUNITY, dispatched(CaseStatus.HANDLING)))
                .doesNotContain(CaseAction.REPORT_BACK);
    }

    @Test
    void onlyTheReporterRatesAClosedCase() {
        Case closed = dispatched(CaseStatus.CLOSED);

        assertThat(CaseGuards.offered(RESIDENT, closed)).containsExactly(CaseAction.RATE);
        assertThat(CaseGuards.offered(actor("resident.li", org.redgrid.shared.Role.RESIDENT, GRID, null), closed))
                .isEmpty();
    }

    @Test
    void theLevelAboveTheCaseApprovesAnExtensionAndNoOtherLevel() {
        Case c = dispatched(CaseStatus.HANDLING);
        c.requestExtension(WORKER, "P1D", POLICY, "材料未到");

        assertThat(CaseGuards.offered(COMMUNITY, c)).contains(CaseAction.APPROVE_EXTENSION);
        assertThat(CaseGuards.offered(STREET, c)).doesNotContain(CaseAction.APPROVE_EXTENSION);
        assertThat(CaseGuards.offered(WORKER, c)).doesNotContain(CaseAction.APPROVE_EXTENSION);
    }

    @Test
    void aSummonedUnitReportsInOnceAndThenReportsBack() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.STREET);
        c.whistle(
                STREET,
                () -> List.of(Whistle.summon(GAS, "燃气公司", WhistleRole.LEAD, NOW, NOW.plusSeconds(3600))),
                POLICY,
                NOW,
                null);

        assertThat(CaseGuards.offered(GAS_UNIT, c))
                .contains(CaseAction.REPORT_IN)
                .doesNotContain(CaseAction.ACCEPT);
        c.reportIn(GAS_UNIT, null, NOW);
        assertThat(CaseGuards.offered(GAS_UNIT, c))
                .contains(CaseAction.REPORT_BACK)
                .doesNotContain(CaseAction.REPORT_IN);
        assertThat(CaseGuards.offered(STREET, c)).doesNotContain(CaseAction.REPORT_BACK);
    }

    @Test
    void theCommunityDoesNotActOnACaseHandedUpToTheStreetWhichMayWhistle() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.STREET);

        assertThat(CaseGuards.offered(COMMUNITY, c)).isEmpty();
        assertThat(CaseGuards.offered(STREET, c)).contains(CaseAction.WHISTLE, CaseAction.DISPATCH);
        assertThat(CaseGuards.offered(COUNTY, c)).containsExactly(CaseAction.URGE);
    }

    @Test
    void aHandlerMustHoldAHandlingRoleAndAScopeCoveringTheCaseAtOrBelowItsLevel() {
        Case grid = aCase(CaseStatus.FILED, DivisionLevel.GRID);

        assertThat(CaseGuards.mayHandle(WORKER, grid)).isTrue();
        assertThat(CaseGuards.mayHandle(COMMUNITY, grid)).isTrue();
        assertThat(CaseGuards.mayHandle(OTHER_WORKER, grid)).isFalse();
        assertThat(CaseGuards.mayHandle(RESIDENT, grid)).isFalse();
        assertThat(CaseGuards.mayHandle(REGION, grid)).isFalse();
        assertThat(CaseGuards.mayHandle(STREET, aCase(CaseStatus.FILED, DivisionLevel.STREET)))
                .isTrue();
    }
}
