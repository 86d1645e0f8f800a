package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.casework.internal.CaseFixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseWorkflow;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.WhistleRole;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;

/** The rules a case keeps by itself, each on a case built in memory. */
class CaseTest {

    static final Duration WINDOW = Duration.ofDays(7);

    @Test
    void theFirstFailedVerificationsSendTheCaseBackToItsHandler() {
        Case c = dispatched(CaseStatus.REPORTED);

        var steps = c.verifyFail(COMMUNITY, "未清理干净");

        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.assignee()).isEqualTo(WORKER.username());
        assertThat(steps).extracting(Case.Step::kind).containsExactly(CaseEventKind.VERIFY_FAIL);
    }

    @Test
    void theThirdFailedVerificationHandsTheCaseToTheCommunity() {
        Case c = dispatched(CaseStatus.REPORTED);
        c.reworkCount = CaseWorkflow.REWORK_LIMIT - 1;

        var steps = c.verifyFail(COMMUNITY, "第三次仍未解决");

        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        assertThat(c.level()).isEqualTo(DivisionLevel.COMMUNITY);
        assertThat(c.assignee()).isNull();
        assertThat(steps)
                .extracting(Case.Step::kind)
                .containsExactly(CaseEventKind.VERIFY_FAIL, CaseEventKind.ESCALATE);
        assertThat(steps.get(1).data()).containsEntry("to", "COMMUNITY");
    }

    @Test
    void aDissatisfiedRatingInsideTheReopenWindowReopensTheCase() {
        Case c = dispatched(CaseStatus.CLOSED);
        c.closedAt = NOW;

        var steps = c.rate(RESIDENT, Satisfaction.DISSATISFIED, false, WINDOW, NOW.plus(Duration.ofDays(6)));

        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        assertThat(steps).extracting(Case.Step::kind).containsExactly(CaseEventKind.RATE, CaseEventKind.REOPEN);
        assertThat(steps.get(1).data()).containsEntry("countsAgainst", WORKER.username());
    }

    @Test
    void aDissatisfiedRatingAfterTheReopenWindowOnlyRecordsTheVerdict() {
        Case c = dispatched(CaseStatus.CLOSED);
        c.closedAt = NOW;

        c.rate(RESIDENT, Satisfaction.DISSATISFIED, false, WINDOW, NOW.plus(Duration.ofDays(8)));

        assertThat(c.status()).isEqualTo(CaseStatus.RATED);
    }

    @Test
    void aSuspendedCaseCannotBeSuspendedAgain() {
        Case c = dispatched(CaseStatus.HANDLING);
        c.suspend(COMMUNITY, "等待物业配合", NOW);

        assertThatThrownBy(() -> c.suspend(COMMUNITY, "再次缓办", NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void resumingMovesBothLinesByTheTimeTheCaseWasSuspended() {
        Case c = dispatched(CaseStatus.HANDLING);
        var before = c.clock.lines;
        c.suspend(COMMUNITY, "等待物业配合", NOW.plus(Duration.ofHours(1)));

        c.resume(COMMUNITY, null, NOW.plus(Duration.ofHours(4)));

        assertThat(c.clock.lines.deadlineAt()).isEqualTo(before.deadlineAt().plus(Duration.ofHours(3)));
        assertThat(c.clock.lines.warnAt()).isEqualTo(before.warnAt().plus(Duration.ofHours(3)));
        assertThat(c.suspended()).isFalse();
    }

    @Test
    void anExtensionBeyondTheOriginalLimitIsRefused() {
        Case c = dispatched(CaseStatus.HANDLING);

        assertThatThrownBy(() -> c.requestExtension(WORKER, "P99999D", POLICY, "材料未到"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("extension"));
        assertThat(c.extensionPending()).isFalse();
    }

    @Test
    void anApprovedExtensionMovesBothLinesAndClearsTheRedMark() {
        Case c = dispatched(CaseStatus.HANDLING);
        var before = c.clock.lines;
        c.clock.overdueAt = before.deadlineAt();
        c.requestExtension(WORKER, "P1D", POLICY, "材料未到");

        c.approveExtension(COMMUNITY, null, before.deadlineAt().plus(Duration.ofHours(1)));

        assertThat(c.clock.lines.deadlineAt()).isEqualTo(before.deadlineAt().plus(Duration.ofDays(1)));
        assertThat(c.clock.overdueAt).isNull();
        assertThat(c.extensionPending()).isFalse();
    }

    @Test
    void aReportBackNeedsANoteSayingWhatWasDone() {
        Case c = dispatched(CaseStatus.HANDLING);

        assertThatThrownBy(() -> c.reportBack(WORKER, null, false, false, NOW))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void aReportBackNeedsAPhotoWhereTheCategoryAsksForOne() {
        Case c = dispatched(CaseStatus.HANDLING);

        assertThatThrownBy(() -> c.reportBack(WORKER, "已处理", false, true, NOW))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("photos"));
        c.reportBack(WORKER, "已处理", true, true, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
    }

    @Test
    void aWhistledCaseIsReportedWhenItsLastUnitReportsBack() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.STREET);
        String water = "91150105MA0WATER01";
        c.whistle(
                STREET,
                () -> List.of(
                        Whistle.summon(GAS, "燃气公司", WhistleRole.LEAD, NOW, NOW.plusSeconds(3600)),
                        Whistle.summon(water, "自来水公司", WhistleRole.ASSIST, NOW, NOW.plusSeconds(3600))),
                POLICY,
                NOW,
                null);
        var waterUnit = actor("water.dept", org.redgrid.shared.Role.DEPARTMENT, "150105", water);
        c.reportIn(GAS_UNIT, null, NOW);
        c.reportIn(waterUnit, null, NOW);

        c.reportBack(GAS_UNIT, "已关阀", false, false, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        c.reportBack(waterUnit, "已停水", false, false, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
    }

    @Test
    void aCaseIsDispatchedOnlyToSomeoneWhoMayHandleItThere() {
        for (var nobody : List.of(RESIDENT, REGION, OTHER_WORKER, GAS_UNIT)) {
            Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);
            assertThatThrownBy(() -> c.dispatch(COMMUNITY, nobody, POLICY, NOW, null))
                    .as(nobody.username())
                    .isInstanceOfSatisfying(
                            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("assignee"));
        }
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);
        c.dispatch(COMMUNITY, WORKER, POLICY, NOW, null);
        assertThat(c.assignee()).isEqualTo(WORKER.username());
        assertThat(c.clock.lines.deadlineAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void theCommunityEscalatingAGridsCaseHandsItToTheStreetAndSaysSo() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);

        var steps = c.escalate(COMMUNITY, "需街道协调");

        assertThat(c.level()).isEqualTo(DivisionLevel.STREET);
        assertThat(steps.get(0).data()).containsEntry("to", "STREET").containsEntry("level", 9);
    }

    @Test
    void aGridWorkerEscalatesToTheCommunity() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);

        c.escalate(WORKER, "网格解决不了");

        assertThat(c.level()).isEqualTo(DivisionLevel.COMMUNITY);
    }
}
