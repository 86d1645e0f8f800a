package org.redgrid.casework.internal;

import static org.redgrid.casework.CaseStatus.FILED;
import static org.redgrid.casework.CaseStatus.HANDLING;
import static org.redgrid.casework.CaseStatus.INTAKE;
import static org.redgrid.casework.CaseStatus.RATED;
import static org.redgrid.casework.CaseStatus.REPORTED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseWorkflow;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.Satisfaction;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;

/**
 * One case and its rules: each action first asks {@link CaseGuards} whether this actor may take it
 * (403), then the workflow whether the status allows it (409), then checks its input (400), changes
 * the case and returns the steps to record. The places where the outcome differs from the workflow
 * table (a whistle answered or released, the last failed verification, a dissatisfied rating, a
 * hand-over of a case in hand) are here.
 */
public final class Case extends CaseState {

    Case(CaseFacts facts, int version, CaseStatus status, DivisionLevel level) {
        super(facts, version, status, level);
    }

    /** 立案; 一次告知: the filing tells the resident, once, everything they must provide. */
    public List<Step> file(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.FILE, note);
        owner = actor.username();
        if (firstReceiver == null) firstReceiver = actor.username();
        var data = facts.checklist().isEmpty()
                ? Map.<String, Object>of()
                : Map.<String, Object>of("requiredDocuments", facts.checklist());
        return moved(CaseAction.FILE, actor, to, note, data);
    }

    /** Actions that change nothing but the status and the record: cancel, verify, urge. */
    public List<Step> simply(Actor actor, CaseAction action, String note) {
        if (action != CaseAction.CANCEL && action != CaseAction.VERIFY_PASS && action != CaseAction.URGE) {
            throw new IllegalArgumentException(action.name());
        }
        CaseStatus to = enter(actor, action, note);
        return moved(
                action, actor, to, note, action == CaseAction.URGE ? Map.of("urgedBy", actor.username()) : Map.of());
    }

    public List<Step> dispatch(Actor actor, Actor handler, DeadlinePolicy policy, Instant now, String note) {
        CaseStatus to = enter(actor, CaseAction.DISPATCH, note);
        assignee = CaseGuards.requireHandler(handler, this).username();
        clock.start(policy, facts.urgency(), now);
        return moved(
                CaseAction.DISPATCH,
                actor,
                to,
                note,
                Map.of(
                        "assignee",
                        assignee,
                        "limit",
                        policy.limit(facts.urgency()).toString()));
    }

    /**
     * 首问负责: whoever has the case hands it to the right person, saying why: before dispatch the staff
     * handling it name the new owner; in hand, the assignee names the new assignee, who accepts anew.
     */
    public List<Step> handOver(Actor actor, Actor receiver, String note) {
        CaseStatus to = enter(actor, CaseAction.HAND_OVER, note);
        String from = actor.username();
        if (status == INTAKE || status == FILED) {
            owner = CaseGuards.requireReceiver(receiver, this).username();
        } else {
            assignee = CaseGuards.requireHandler(receiver, this).username();
        }
        return moved(CaseAction.HAND_OVER, actor, to, note, Map.of("from", from, "to", receiver.username()));
    }

    /** Staff handling the case take it from its assignee, on the record, instead of acting in their name. */
    public List<Step> takeOver(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.TAKE_OVER, note);
        String from = assignee;
        assignee = actor.username();
        return moved(CaseAction.TAKE_OVER, actor, to, note, Map.of("from", from));
    }

    public List<Step> accept(Actor actor, String note) {
        return moved(CaseAction.ACCEPT, actor, enter(actor, CaseAction.ACCEPT, note), note, Map.of());
    }

    /** The handler's answer, with evidence; on a whistled case each unit answers, the last one completes it. */
    public List<Step> reportBack(Actor actor, String note, boolean photoGiven, boolean photoRequired, Instant now) {
        CaseStatus to = enter(actor, CaseAction.REPORT_BACK, note);
        if (photoRequired && !photoGiven) {
            throw new InvalidValue(
                    "photos", "evidence.photo", "该类别反馈须附照片", "this category needs a photo with the report-back");
        }
        if (!whistled()) return moved(CaseAction.REPORT_BACK, actor, to, note, Map.of());
        String unit = summons.reportBack(actor, now);
        return moved(
                CaseAction.REPORT_BACK, actor, summons.answered() ? REPORTED : HANDLING, note, Map.of("unit", unit));
    }

    /** A failed verification sends the case back; the {@link CaseWorkflow#REWORK_LIMIT}th hands it up (提级督办). */
    public List<Step> verifyFail(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.VERIFY_FAIL, note);
        reworkCount++;
        List<Step> steps = moved(CaseAction.VERIFY_FAIL, actor, to, note, Map.of("rework", reworkCount));
        if (reworkCount >= CaseWorkflow.REWORK_LIMIT) {
            DivisionLevel above = level.above()
                    .orElseThrow(() ->
                            new Conflict("workflow.top-level", "已是最高层级，无法再上报", "the case is already at the top level"));
            moveUp(above);
            status = FILED;
            steps.add(new Step(
                    CaseEventKind.ESCALATE,
                    HANDLING,
                    FILED,
                    "system",
                    "核查 " + reworkCount + " 次未通过，提级督办",
                    Map.of("level", above.digits(), "to", above.name())));
        }
        return steps;
    }

    public List<Step> close(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.CLOSE, note);
        closedAt = now;
        return moved(CaseAction.CLOSE, actor, to, note, Map.of());
    }

    /** The reporter's verdict; dissatisfied within the reopen window reopens the case. */
    public List<Step> rate(Actor actor, Satisfaction verdict, Boolean solved, Duration reopenWindow, Instant now) {
        CaseStatus to = enter(actor, CaseAction.RATE, null);
        if (verdict == null) throw new InvalidValue("satisfaction", "required", "须选择满意度", "satisfaction is required");
        if (solved == null) throw new InvalidValue("resolved", "required", "须说明问题是否解决", "resolved is required");
        satisfaction = verdict;
        resolved = solved;
        List<Step> steps =
                moved(CaseAction.RATE, actor, to, null, Map.of("satisfaction", verdict.name(), "resolved", solved));
        if (verdict == Satisfaction.DISSATISFIED && closedAt != null && !now.isAfter(closedAt.plus(reopenWindow))) {
            String countsAgainst = String.valueOf(assignee);
            reopen();
            steps.add(new Step(
                    CaseEventKind.REOPEN,
                    RATED,
                    FILED,
                    "system",
                    "群众不满意，重新办理",
                    Map.of("countsAgainst", countsAgainst)));
        }
        return steps;
    }

    public List<Step> reopen(Actor actor, String note) {
        List<Step> steps = moved(CaseAction.REOPEN, actor, enter(actor, CaseAction.REOPEN, note), note, Map.of());
        reopen();
        return steps;
    }

    /** 上报: one rung above whoever escalates (the community escalating a grid's case hands it to the street). */
    public List<Step> escalate(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.ESCALATE, note);
        DivisionLevel above = escalatingFrom(actor).above().orElseThrow();
        moveUp(above);
        return moved(CaseAction.ESCALATE, actor, to, note, Map.of("level", above.digits(), "to", above.name()));
    }

    public List<Step> suspend(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.SUSPEND, note);
        clock.suspend(now);
        return moved(CaseAction.SUSPEND, actor, to, note, Map.of());
    }

    /** 缓办 time does not count: the lines move by the time the case was paused. */
    public List<Step> resume(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.RESUME, note);
        Duration paused = clock.resume(now);
        return moved(CaseAction.RESUME, actor, to, note, Map.of("pausedSeconds", paused.toSeconds()));
    }

    /** 吹哨报到: the street summons units; the clock starts as for a dispatch. */
    public List<Step> whistle(
            Actor actor, Supplier<List<Whistle>> units, DeadlinePolicy policy, Instant now, String note) {
        CaseStatus to = enter(actor, CaseAction.WHISTLE, note);
        List<Whistle> summoned = units.get();
        summons.whistles.addAll(summoned);
        owner = actor.username();
        clock.start(policy, facts.urgency(), now);
        return moved(
                CaseAction.WHISTLE,
                actor,
                to,
                note,
                Map.of("units", summoned.stream().map(Whistle::unit).toList()));
    }

    public List<Step> reportIn(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.REPORT_IN, note);
        return moved(CaseAction.REPORT_IN, actor, to, note, Map.of("unit", summons.reportIn(actor, now)));
    }

    /**
     * A whistle can always end: the street releases a unit that does not answer (or has nobody to log
     * in), with the reason, optionally summoning another in its place; the rest answered, the case is reported.
     */
    public List<Step> releaseUnit(Actor actor, String unit, Supplier<Whistle> successor, String note, Instant now) {
        CaseAction action = successor == null ? CaseAction.RELEASE_UNIT : CaseAction.REPLACE_UNIT;
        CaseStatus to = enter(actor, action, note);
        Whistle released = summons.release(unit, actor, note, now);
        if (successor == null) {
            return moved(action, actor, summons.answered() ? REPORTED : to, note, Map.of("unit", unit));
        }
        Whistle replacement = summons.add(successor.get().inRoleUnlessNamed(released.role));
        return moved(action, actor, to, note, Map.of("unit", unit, "units", List.of(replacement.unit)));
    }

    /** 应哨评价: the street rates each summoned unit's answer once. */
    public List<Step> rateUnit(Actor actor, String unit, Satisfaction rating, String note) {
        CaseStatus to = enter(actor, CaseAction.RATE_UNIT, note);
        summons.rate(unit, rating, actor);
        return moved(CaseAction.RATE_UNIT, actor, to, note, Map.of("unit", unit, "rating", rating.name()));
    }

    public List<Step> requestExtension(Actor actor, String requested, DeadlinePolicy policy, String note) {
        CaseStatus to = enter(actor, CaseAction.REQUEST_EXTENSION, note);
        Duration extension = policy.extension(facts.urgency(), requested);
        clock.request(extension, actor.username());
        return moved(CaseAction.REQUEST_EXTENSION, actor, to, note, Map.of("extension", extension.toString()));
    }

    /** The level above grants the extension: both lines move by it. */
    public List<Step> approveExtension(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.APPROVE_EXTENSION, note);
        Duration extension = clock.approve(now);
        return moved(CaseAction.APPROVE_EXTENSION, actor, to, note, Map.of("extension", extension.toString()));
    }

    /** 微心愿: a party member or volunteer claims a posted wish and the clock starts. */
    public List<Step> claim(Actor actor, DeadlinePolicy policy, Instant now, String note) {
        CaseStatus to = enter(actor, CaseAction.CLAIM, note);
        assignee = actor.username();
        clock.start(policy, facts.urgency(), now);
        return moved(CaseAction.CLAIM, actor, to, note, Map.of("claimedBy", actor.username()));
    }

    /** The reporter's comment on their own case: recorded on the timeline, nothing else changes. */
    public List<Step> comment(Actor actor, String note) {
        return moved(CaseAction.COMMENT, actor, enter(actor, CaseAction.COMMENT, note), note, Map.of());
    }

    /**
     * 撤回: the reporter takes back their case before it is closed. It ends as not taken up (counted,
     * listed and read by Open311 like a cancelled case), the event saying who withdrew it and why.
     */
    public List<Step> withdraw(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.WITHDRAW, note);
        return moved(CaseAction.WITHDRAW, actor, to, note, Map.of("withdrawnBy", actor.username()));
    }

    private void moveUp(DivisionLevel to) {
        level = to;
        assignee = null;
        clock.stop();
    }

    private void reopen() {
        status = FILED;
        closedAt = null;
        assignee = null;
        clock.stop();
    }
}
