package org.redgrid.casework.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseWorkflow;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;

/**
 * Who may take which action on this case now. Staff act only at the case's handling level (a grid's
 * cases are handled by its grid staff and its community), inside their scope; the handler's steps
 * belong to the assignee, the summoned units' to those units; the reporter comments, withdraws (撤回)
 * before the case is closed, and rates; only the rung above
 * approves an extension; staff above the case's level, in whose scope it lies, urge it (催办, 督办). The engine answers 403 from
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
    public static boolean authorises(Actor actor, CaseState aCase, CaseAction action) {
        if (!CaseWorkflow.permits(actor.roles(), action)) return false;
        if (HANDLING_LEVEL.contains(action)) return handlesHere(actor, aCase);
        boolean mine = aCase.summons.of(actor).isPresent();
        return switch (action) {
            case ACCEPT -> isAssignee(actor, aCase);
            case REPORT_BACK, REQUEST_EXTENSION -> aCase.whistled() ? mine : isAssignee(actor, aCase);
            case REPORT_IN -> mine;
            case HAND_OVER -> aCase.assignee() == null ? handlesHere(actor, aCase) : isAssignee(actor, aCase);
            case RATE, COMMENT, WITHDRAW -> isReporter(actor, aCase);
            case APPROVE_EXTENSION ->
                inScope(actor, aCase) && aCase.level().above().equals(levelOf(actor));
            case CLAIM -> inScope(actor, aCase) && (!actor.managesRegistry() || handlesHere(actor, aCase));
            case URGE -> supervises(actor, aCase);
            default -> false;
        };
    }

    /**
     * Whether the case's state, apart from its status, lets {@code actor} take {@code action}: not
     * suspending twice, one extension pending at a time, a unit reporting in once and back once.
     */
    static boolean admits(Actor actor, CaseState aCase, CaseAction action) {
        var mine = aCase.summons.of(actor);
        return switch (action) {
            case SUSPEND -> !aCase.suspended();
            case RESUME -> aCase.suspended();
            case ESCALATE -> aCase.escalatingFrom(actor).above().isPresent();
            case REQUEST_EXTENSION -> !aCase.extensionPending();
            case APPROVE_EXTENSION -> aCase.extensionPending();
            case CLAIM -> aCase.facts().type() == CaseType.MICRO_WISH;
            case ACCEPT, HAND_OVER -> !aCase.whistled();
            case TAKE_OVER ->
                !aCase.whistled()
                        && aCase.assignee() != null
                        && !aCase.assignee().equals(actor.username());
            case REPORT_IN -> mine.filter(w -> !w.reportedIn()).isPresent();
            case REPORT_BACK ->
                !aCase.whistled()
                        || mine.filter(w -> w.reportedIn() && !w.reportedBack()).isPresent();
            case RELEASE_UNIT, REPLACE_UNIT -> aCase.summons.waiting();
            case RATE_UNIT -> aCase.summons.unrated();
            // A resolution of the residents' council is not one person's report to take back.
            case WITHDRAW -> aCase.facts().type() != CaseType.RESOLUTION_TASK;
            default -> true;
        };
    }

    /** 403 unless {@link #authorises}. */
    public static void require(Actor actor, CaseState aCase, CaseAction action) {
        if (!authorises(actor, aCase, action)) {
            throw new Forbidden("您不能对本诉求执行 " + action, "you may not " + action + " this case");
        }
    }

    /** The actions to offer: allowed from the status, authorised for the actor, admitted by the case. */
    public static Set<CaseAction> offered(Actor actor, CaseState aCase) {
        Set<CaseAction> offered = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseWorkflow.actionsFrom(aCase.status())) {
            if (authorises(actor, aCase, action) && admits(actor, aCase, action)) offered.add(action);
        }
        return offered;
    }

    /**
     * Whether a person may be given the case to handle: a handling role, a scope covering the case's
     * grid, and a place at or below the handling level (not the region administrator for a grid's
     * pothole, nor a grid worker of another county, nor a resident).
     */
    public static boolean mayHandle(Actor handler, CaseState aCase) {
        int reach = aCase.level() == DivisionLevel.GRID
                ? DivisionLevel.COMMUNITY.digits()
                : aCase.level().digits();
        return CaseWorkflow.permits(handler.roles(), CaseAction.ACCEPT)
                && handler.scope().contains(aCase.facts().gridCode())
                && handler.scope().prefix().length() >= reach;
    }

    /** The person a case is given to, if they may handle it; 400 naming {@code assignee} otherwise. */
    static Actor requireHandler(Actor handler, CaseState aCase) {
        if (handler == null || !mayHandle(handler, aCase)) {
            throw new InvalidValue(
                    "assignee",
                    "assignee.may-handle",
                    "承办人须持有办理角色且管辖范围覆盖本诉求所在网格",
                    "the assignee must hold a handling role and a scope covering the case's grid");
        }
        return handler;
    }

    /** Other staff handling the case at its level, to own it before dispatch; 400 naming {@code assignee}. */
    static Actor requireReceiver(Actor receiver, CaseState aCase) {
        if (receiver == null
                || !handlesHere(receiver, aCase)
                || receiver.username().equals(aCase.owner)) {
            throw new InvalidValue(
                    "assignee",
                    "assignee.may-handle",
                    "接收人须为在本层级办理本诉求的其他工作人员",
                    "the receiver must be other staff handling the case at its level");
        }
        return receiver;
    }

    /** Staff inside their scope at the case's handling level (a grid's staff or its community for a grid's case). */
    static boolean handlesHere(Actor actor, CaseState aCase) {
        return handlesAt(actor, aCase.level(), aCase.facts().gridCode());
    }

    /** Staff inside their scope who handle a case of {@code level} in {@code gridCode}. */
    public static boolean handlesAt(Actor actor, DivisionLevel level, String gridCode) {
        if (!actor.managesRegistry() || !actor.scope().contains(gridCode)) return false;
        Optional<DivisionLevel> mine = levelOf(actor);
        if (mine.isEmpty()) return false;
        return mine.get() == level || (level == DivisionLevel.GRID && mine.get() == DivisionLevel.COMMUNITY);
    }

    /** 合并办理: the staff handling an open case at its level link it, as a duplicate, to a master they can see. */
    public static boolean mayLink(Actor actor, DivisionLevel level, String gridCode) {
        return CaseWorkflow.permits(actor.roles(), CaseAction.FILE) && handlesAt(actor, level, gridCode);
    }

    /** Staff of a level above the case's, inside whose scope it lies: those who urge (督办) it. */
    static boolean supervises(Actor actor, CaseState aCase) {
        return actor.managesRegistry()
                && inScope(actor, aCase)
                && levelOf(actor)
                        .filter(mine -> mine.digits() < aCase.level().digits())
                        .isPresent();
    }

    /** The person who reported the case: they rate it, comment on it and may withdraw it. */
    private static boolean isReporter(Actor actor, CaseState aCase) {
        return actor.username().equals(aCase.facts().reporter());
    }

    private static boolean isAssignee(Actor actor, CaseState aCase) {
        return actor.username().equals(aCase.assignee());
    }

    private static boolean inScope(Actor actor, CaseState aCase) {
        return actor.scope().contains(aCase.facts().gridCode());
    }

    private static Optional<DivisionLevel> levelOf(Actor actor) {
        return DivisionLevel.ofDigits(actor.scope().prefix().length());
    }
}
