package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.casework.internal.CaseFixtures.*;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;

/** What the reporter may do with their own case before it is closed: comment on it and withdraw it (撤回). */
class ReporterActionsTest {

    private static final org.redgrid.shared.Actor OTHER_RESIDENT = actor("resident.li", Role.RESIDENT, GRID, null);
    private static final EnumSet<CaseStatus> NOT_CLOSED = EnumSet.of(
            CaseStatus.INTAKE,
            CaseStatus.FILED,
            CaseStatus.DISPATCHED,
            CaseStatus.HANDLING,
            CaseStatus.REPORTED,
            CaseStatus.VERIFIED);

    @Test
    void residentCanWithdrawOwnOpenReport() {
        for (CaseStatus status : NOT_CLOSED) {
            Case c = aCase(status, DivisionLevel.GRID);

            assertThat(CaseGuards.offered(RESIDENT, c)).as(status.name()).contains(CaseAction.WITHDRAW);
            List<Case.Step> steps = c.withdraw(RESIDENT, "已自行解决");

            assertThat(c.status()).isEqualTo(CaseStatus.CANCELLED);
            assertThat(c.status().isOpen()).isFalse();
            assertThat(steps.get(0).kind()).isEqualTo(CaseEventKind.WITHDRAW);
            assertThat(steps.get(0).from()).isEqualTo(status);
        }
    }

    @Test
    void residentCannotWithdrawSomeoneElsesReport() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);

        assertThat(CaseGuards.offered(OTHER_RESIDENT, c)).doesNotContain(CaseAction.WITHDRAW, CaseAction.COMMENT);
        assertThatThrownBy(() -> c.withdraw(OTHER_RESIDENT, null)).isInstanceOf(Forbidden.class);
        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void staffHandlingTheCaseCannotWithdrawTheResidentsReport() {
        Case c = dispatched(CaseStatus.HANDLING);

        assertThat(CaseGuards.offered(WORKER, c)).doesNotContain(CaseAction.WITHDRAW, CaseAction.COMMENT);
        assertThat(CaseGuards.offered(COMMUNITY, c)).doesNotContain(CaseAction.WITHDRAW, CaseAction.COMMENT);
        assertThatThrownBy(() -> c.withdraw(COMMUNITY, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void cannotWithdrawAClosedCase() {
        for (CaseStatus done : EnumSet.of(CaseStatus.CLOSED, CaseStatus.RATED, CaseStatus.CANCELLED)) {
            Case c = aCase(done, DivisionLevel.GRID);

            assertThat(CaseGuards.offered(RESIDENT, c)).as(done.name()).doesNotContain(CaseAction.WITHDRAW);
            assertThatThrownBy(() -> c.withdraw(RESIDENT, null)).isInstanceOf(Conflict.class);
            assertThat(c.status()).isEqualTo(done);
        }
    }

    @Test
    void aResolutionOfTheCouncilCannotBeWithdrawnByWhoeverFiledIt() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID, CaseType.RESOLUTION_TASK, List.of());

        assertThat(CaseGuards.offered(RESIDENT, c)).doesNotContain(CaseAction.WITHDRAW);
        assertThatThrownBy(() -> c.withdraw(RESIDENT, null)).isInstanceOf(Conflict.class);
    }

    @Test
    void residentCanCommentOnOwnOpenReportWithoutChangingItsStatus() {
        Case c = dispatched(CaseStatus.HANDLING);

        List<Case.Step> steps = c.comment(RESIDENT, "今天又闻到了燃气味");

        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(steps.get(0).kind()).isEqualTo(CaseEventKind.COMMENT);
        assertThat(steps.get(0).note()).isEqualTo("今天又闻到了燃气味");
    }

    @Test
    void aCommentWithoutTextIsRefusedNamingTheNote() {
        Case c = aCase(CaseStatus.FILED, DivisionLevel.GRID);

        assertThatThrownBy(() -> c.comment(RESIDENT, null))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void cannotCommentOnAClosedCase() {
        Case c = aCase(CaseStatus.CLOSED, DivisionLevel.GRID);

        assertThat(CaseGuards.offered(RESIDENT, c))
                .doesNotContain(CaseAction.COMMENT)
                .contains(CaseAction.RATE);
        assertThatThrownBy(() -> c.comment(RESIDENT, "还有问题")).isInstanceOf(Conflict.class);
    }
}
