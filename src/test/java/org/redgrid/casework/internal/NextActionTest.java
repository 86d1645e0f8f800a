package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.casework.internal.CaseFixtures.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.NextAction;

/** The likely next action of a case, asked of what CaseGuards offers the user. */
class NextActionTest {

    @Test
    void theAssigneeOfADispatchedCaseIsToldToAcceptItFirst() {
        NextAction.Plan plan = NextAction.of(CaseGuards.offered(WORKER, dispatched(CaseStatus.DISPATCHED)));

        assertThat(plan.next()).contains(CaseAction.ACCEPT);
        assertThat(plan.others()).doesNotContain(CaseAction.ACCEPT);
    }

    @Test
    void theCommunityDispatchesAFiledCaseBeforeAnythingElse() {
        NextAction.Plan plan =
                NextAction.of(CaseGuards.offered(COMMUNITY, aCase(CaseStatus.FILED, DivisionLevel.GRID)));

        assertThat(plan.next()).contains(CaseAction.DISPATCH);
        assertThat(plan.destructive()).containsExactly(CaseAction.CANCEL);
    }

    @Test
    void theReporterOfAClosedCaseIsAskedToRateIt() {
        NextAction.Plan plan =
                NextAction.of(CaseGuards.offered(RESIDENT, aCase(CaseStatus.CLOSED, DivisionLevel.GRID)));

        assertThat(plan.next()).contains(CaseAction.RATE);
    }

    @Test
    void theReporterOfAnOpenCaseCommentsFirstAndWithdrawsOnlyApart() {
        NextAction.Plan plan = NextAction.of(CaseGuards.offered(RESIDENT, dispatched(CaseStatus.HANDLING)));

        assertThat(plan.next()).contains(CaseAction.COMMENT);
        assertThat(plan.destructive()).containsExactly(CaseAction.WITHDRAW);
        assertThat(plan.others()).doesNotContain(CaseAction.WITHDRAW);
    }

    @Test
    void aDestructiveActionIsNeverTheNextEvenWhenItIsTheOnlyOneOffered() {
        NextAction.Plan plan = NextAction.of(Set.of(CaseAction.VERIFY_FAIL));

        assertThat(plan.next()).isEmpty();
        assertThat(plan.destructive()).containsExactly(CaseAction.VERIFY_FAIL);
    }

    @Test
    void everyOfferedActionAppearsExactlyOnce() {
        Set<CaseAction> offered = CaseGuards.offered(COMMUNITY, aCase(CaseStatus.REPORTED, DivisionLevel.GRID));
        NextAction.Plan plan = NextAction.of(offered);

        var all = new java.util.ArrayList<CaseAction>();
        plan.next().ifPresent(all::add);
        all.addAll(plan.others());
        all.addAll(plan.destructive());
        assertThat(all).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(plan.next()).contains(CaseAction.VERIFY_PASS);
        assertThat(plan.destructive()).contains(CaseAction.VERIFY_FAIL);
    }
}
