package org.redgrid.casework.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseWorkflow;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Forbidden;

/**
 * Who may take which action on this case now. Staff act only at the case's handling level (a grid's
 * cases are handled by its grid staff and its community), inside their scope; the handler's steps
 * belong to the assignee, the summoned units' to those units; the reporter rates; the level above
 * approves an extension and any level at or above the case may urge it. The engine answers 403 from
 * here, and the actions a case offers are the ones that pass here.
 */
public final class CaseGuards {

    /** Actions of the staff handling the case at its level. */
    private static final Set<CaseAction> HANDLING_LEVEL = EnumSet.of(
            CaseAction.FILE,
            CaseAction.CANCEL,
            CaseAction.DISPATCH,
            CaseAction.VERIFY_PASS,
            CaseAction.VERIFY_FAIL,
            CaseAction.CLOSE,
            CaseAction.REOPEN,
            CaseAction.ESCALATE,
            CaseAction.SUSPEND,
            CaseAction.RESUME,
            CaseAction.WHISTLE,
            CaseAction.TAKE_OVER,
            CaseAction.RELEASE_UNIT,
            CaseAction.REPLACE_UNIT,
            CaseAction.RATE_UNIT);

    private CaseGuards() {}

    /** Whether {@code actor} may take {@code action} on the case, whatever its status. */
    public static boolean authorises(Actor actor, Case aCase, CaseAction action) {
        if (!CaseWorkflow.permits(actor.roles(), action)) return false;
        if (HANDLING_LEVEL.contains(action)) return handlesHere(actor, aCase);
        boolean mine = aCase.summons.of(actor).isPresent();
        return switch (action) {
            case ACCEPT -> isAssignee(actor, aCase);
            case REPORT_BACK, REQUEST_EXTENSION -> aCase.whistled() ? mine : isAssignee(actor, aCase);
            case REPORT_IN -> mine;
            case HAND_OVER -> aCase.assignee() == null ? handlesHere(actor, aCase) : isAssignee(actor, aCase);
            case RATE -> actor.username().equals(aCase.facts().reporter());
            case APPROVE_EXTENSION ->
                inScope(actor, aCase) && aCase.level().above().equals(levelOf(actor));
            case URGE ->
                inScope(actor, aCase)
                        && levelOf(actor)
                                .filter(at -> !aCase.level().isAbove(at))
                                .isPresent();
            case CLAIM -> inScope(actor, aCase) && (!actor.managesRegistry() || handlesHere(actor, aCase));
            default -> false;
        };
    }

    /** 403 unless {@link #authorises}. */
    public static void require(Actor actor, Case aCase, CaseAction action) {
        if (!authorises(actor, aCase, action)) {
            throw new Forbidden("您不能对本诉求执行 " + action, "you may not " + action + " this case");
        }
    }

    /** The actions to offer: allowed from the status, authorised for the actor, admitted by the case. */
    public static Set<CaseAction> offered(Actor actor, Case aCase) {
        Set<CaseAction> offered = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseWorkflow.actionsFrom(aCase.status())) {
            if (authorises(actor, aCase, action) && aCase.admits(actor, action)) offered.add(action);
        }
        return offered;
    }

    /**
     * Whether a person may be given the case to handle: a handling role, a scope covering the case's
     * grid, and a place at or below the handling level (not the region administrator for a grid's
     * pothole, nor a grid worker of another county, nor a resident).
     */
    public static boolean mayHandle(Actor handler, Case aCase) {
        int reach = aCase.level() == DivisionLevel.GRID
                ? DivisionLevel.COMMUNITY.digits()
                : aCase.level().digits();
        return CaseWorkflow.permits(handler.roles(), CaseAction.ACCEPT)
                && handler.scope().contains(aCase.facts().gridCode())
                && handler.scope().prefix().length() >= reach;
    }

    /** Staff inside their scope at the case's handling level (a grid's staff or its community for a grid's case). */
    static boolean handlesHere(Actor actor, Case aCase) {
        if (!actor.managesRegistry() || !inScope(actor, aCase)) return false;
        Optional<DivisionLevel> mine = levelOf(actor);
        if (mine.isEmpty()) return false;
        return mine.get() == aCase.level()
                || (aCase.level() == DivisionLevel.GRID && mine.get() == DivisionLevel.COMMUNITY);
    }

    private static boolean isAssignee(Actor actor, Case aCase) {
        return actor.username().equals(aCase.assignee());
    }

    private static boolean inScope(Actor actor, Case aCase) {
        return actor.scope().contains(aCase.facts().gridCode());
    }

    private static Optional<DivisionLevel> levelOf(Actor actor) {
        return DivisionLevel.ofDigits(actor.scope().prefix().length());
    }
}
