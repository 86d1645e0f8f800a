package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.casework.CaseAction.*;
import static org.redgrid.casework.CaseStatus.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Role;

class CaseWorkflowTest {

    @Test
    void theWholeLoopRunsFromIntakeToRating() {
        CaseStatus status = INTAKE;
        for (CaseAction action : new CaseAction[] {FILE, DISPATCH, ACCEPT, REPORT_BACK, VERIFY_PASS, CLOSE, RATE}) {
            status = CaseWorkflow.next(status, action);
        }
        assertThat(status).isEqualTo(RATED);
    }

    @Test
    void aFailedVerificationSendsTheCaseBackToHandling() {
        assertThat(CaseWorkflow.next(REPORTED, VERIFY_FAIL)).isEqualTo(HANDLING);
    }

    @Test
    void closingBeforeVerificationIsIllegal() {
        assertThatThrownBy(() -> CaseWorkflow.next(REPORTED, CLOSE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> CaseWorkflow.next(INTAKE, CLOSE)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void cancelledAndRatedCasesTakeNoWorkActions() {
        assertThat(CaseWorkflow.actionsFrom(CANCELLED)).isEmpty();
        assertThat(CaseWorkflow.actionsFrom(RATED)).containsExactlyInAnyOrder(REOPEN, RATE_UNIT);
        assertThatThrownBy(() -> CaseWorkflow.next(CANCELLED, FILE)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void escalationReturnsTheCaseToFilingOneLevelUp() {
        assertThat(CaseWorkflow.next(HANDLING, ESCALATE)).isEqualTo(FILED);
    }

    @Test
    void suspensionKeepsTheStatus() {
        assertThat(CaseWorkflow.next(HANDLING, SUSPEND)).isEqualTo(HANDLING);
        assertThat(CaseWorkflow.allows(REPORTED, SUSPEND)).isFalse();
    }

    @Test
    void residentsRateButDoNotFileOrVerify() {
        Set<Role> resident = Set.of(Role.RESIDENT);
        assertThat(CaseWorkflow.permits(resident, RATE)).isTrue();
        assertThat(CaseWorkflow.permits(resident, FILE)).isFalse();
        assertThat(CaseWorkflow.permits(resident, VERIFY_PASS)).isFalse();
    }

    @Test
    void gridWorkersFileWhatTheGridCanSolveButDoNotVerifyIt() {
        Set<Role> worker = Set.of(Role.GRID_WORKER);
        assertThat(CaseWorkflow.permits(worker, FILE)).isTrue();
        assertThat(CaseWorkflow.permits(worker, DISPATCH)).isTrue();
        assertThat(CaseWorkflow.permits(worker, ACCEPT)).isTrue();
        assertThat(CaseWorkflow.permits(worker, VERIFY_PASS)).isFalse();
        assertThat(CaseWorkflow.permits(worker, CLOSE)).isFalse();
    }

    @Test
    void partnerUnitsHandleButDoNotFile() {
        Set<Role> unit = Set.of(Role.DEPARTMENT);
        assertThat(CaseWorkflow.permits(unit, ACCEPT)).isTrue();
        assertThat(CaseWorkflow.permits(unit, REPORT_BACK)).isTrue();
        assertThat(CaseWorkflow.permits(unit, FILE)).isFalse();
    }

    @Test
    void streetsWhistleAndSummonedUnitsReportIn() {
        assertThat(CaseWorkflow.next(FILED, WHISTLE)).isEqualTo(DISPATCHED);
        assertThat(CaseWorkflow.next(DISPATCHED, REPORT_IN)).isEqualTo(HANDLING);
        assertThat(CaseWorkflow.permits(Set.of(Role.STREET_STAFF), WHISTLE)).isTrue();
        assertThat(CaseWorkflow.permits(Set.of(Role.COMMUNITY_STAFF), WHISTLE)).isFalse();
        assertThat(CaseWorkflow.permits(Set.of(Role.DEPARTMENT), REPORT_IN)).isTrue();
        assertThat(CaseWorkflow.permits(Set.of(Role.GRID_WORKER), REPORT_IN)).isFalse();
    }
}
