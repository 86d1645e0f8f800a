package org.redgrid.casework.internal;

import static org.redgrid.casework.CaseStatus.FILED;
import static org.redgrid.casework.CaseStatus.HANDLING;
import static org.redgrid.casework.CaseStatus.RATED;
import static org.redgrid.casework.CaseStatus.REPORTED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseWorkflow;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.Urgency;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;

/**
 * One case and its rules: each action first asks {@link CaseGuards} whether this actor may take it
 * (403), then the workflow whether the status allows it (409), then checks its input (400), changes
 * the case and returns the steps to record. The places where the outcome differs from the workflow
 * table (a whistled report-back, the last failed verification, a dissatisfied rating) are here.
 */
public final class Case {

    /** One step to record: the action itself, or one the platform takes as its consequence. */
    public record Step(
            CaseEventKind kind, CaseStatus from, CaseStatus to, String actor, String note, Map<String, Object> data) {}

    final CaseFacts facts;
    final int version;
    final CaseStatus loadedStatus;
    CaseStatus status;
    DivisionLevel level;
    String owner;
    String assignee;
    Instant dispatchedAt;
    DeadlinePolicy.Lines lines;
    Instant warnedAt;
    Instant overdueAt;
    Instant suspendedSince;
    long suspendedSeconds;
    int reworkCount;
    Instant closedAt;
    Boolean resolved;
    Satisfaction satisfaction;
    Duration extensionRequested;
    String extensionRequestedBy;
    final List<Whistle> whistles;
    /** Whether the row said units were summoned, so that {@link Whistles} loads them. */
    boolean markedWhistled;

    Case(CaseFacts facts, int version, CaseStatus status, DivisionLevel level, List<Whistle> whistles) {
        this.facts = facts;
        this.version = version;
        this.loadedStatus = status;
        this.status = status;
        this.level = level;
        this.whistles = new ArrayList<>(whistles);
    }

    public CaseFacts facts() {
        return facts;
    }

    public CaseStatus status() {
        return status;
    }

    public DivisionLevel level() {
        return level;
    }

    public String assignee() {
        return assignee;
    }

    public boolean suspended() {
        return suspendedSince != null;
    }

    public boolean whistled() {
        return !whistles.isEmpty();
    }

    public boolean extensionPending() {
        return extensionRequested != null;
    }

    /** The summons of the actor's unit, if it was summoned. */
    Whistle whistleOf(Actor actor) {
        return actor.partnerUnit() == null
                ? null
                : whistles.stream()
                        .filter(w -> w.unit.equals(actor.partnerUnit()))
                        .findFirst()
                        .orElse(null);
    }

    /**
     * Whether the case's state, apart from its status, lets {@code actor} take {@code action}: not
     * suspending twice, one extension pending at a time, a unit reporting in once and back once.
     */
    public boolean admits(Actor actor, CaseAction action) {
        Whistle mine = whistleOf(actor);
        return switch (action) {
            case SUSPEND -> !suspended();
            case RESUME -> suspended();
            case ESCALATE -> escalatingFrom(actor).above().isPresent();
            case REQUEST_EXTENSION -> !extensionPending();
            case APPROVE_EXTENSION -> extensionPending();
            case CLAIM -> facts.type() == CaseType.MICRO_WISH;
            case ACCEPT -> !whistled();
            case REPORT_IN -> mine != null && !mine.reportedIn();
            case REPORT_BACK -> !whistled() || (mine != null && mine.reportedIn() && !mine.reportedBack());
            default -> true;
        };
    }

    /** 403 unless the actor may take the action here and now, then 409 unless the case allows it. */
    private CaseStatus enter(Actor actor, CaseAction action, String note) {
        CaseGuards.require(actor, this, action);
        CaseStatus next = CaseWorkflow.next(status, action);
        if (!admits(actor, action)) {
            throw new Conflict("workflow.state", "诉求当前状态不允许此操作", "the case's state does not allow " + action);
        }
        if (action.needsNote() && note == null) {
            throw new InvalidValue("note", "required", "此操作须填写说明", action + " needs a note giving the reason");
        }
        return next;
    }

    private List<Step> moved(CaseAction action, Actor actor, CaseStatus to, String note, Map<String, Object> data) {
        CaseStatus from = status;
        status = to;
        return new ArrayList<>(List.of(new Step(CaseEventKind.of(action), from, to, actor.username(), note, data)));
    }

    public List<Step> file(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.FILE, note);
        owner = actor.username();
        Map<String, Object> data = new LinkedHashMap<>();
        // 一次告知: the filing tells the resident, once, everything they must provide.
        if (!facts.checklist().isEmpty()) data.put("requiredDocuments", facts.checklist());
        return moved(CaseAction.FILE, actor, to, note, data);
    }

    /** Actions that change nothing but the status and the record: cancel, verify, urge. */
    public List<Step> simply(Actor actor, CaseAction action, String note) {
        if (!EnumSetHolder.SIMPLE.contains(action)) throw new IllegalArgumentException(action.name());
        CaseStatus to = enter(actor, action, note);
        return moved(
                action, actor, to, note, action == CaseAction.URGE ? Map.of("urgedBy", actor.username()) : Map.of());
    }

    public List<Step> dispatch(Actor actor, Actor handler, DeadlinePolicy policy, Instant now, String note) {
        CaseStatus to = enter(actor, CaseAction.DISPATCH, note);
        if (handler == null || !CaseGuards.mayHandle(handler, this)) {
            throw new InvalidValue(
                    "assignee",
                    "assignee.may-handle",
                    "承办人须持有办理角色且管辖范围覆盖本诉求所在网格",
                    "the assignee must hold a handling role and a scope covering the case's grid");
        }
        assignee = handler.username();
        startClock(policy, now);
        return moved(
                CaseAction.DISPATCH,
                actor,
                to,
                note,
                Map.of("assignee", assignee, "limit", policy.limit(urgency()).toString()));
    }

    public List<Step> accept(Actor actor, String note) {
        return moved(CaseAction.ACCEPT, actor, enter(actor, CaseAction.ACCEPT, note), note, Map.of());
    }

    /** The handler's answer; on a whistled case each unit answers, and the last answer completes it. */
    public List<Step> reportBack(Actor actor, String note, boolean photoGiven, boolean photoRequired, Instant now) {
        CaseStatus to = enter(actor, CaseAction.REPORT_BACK, note);
        if (photoRequired && !photoGiven) {
            throw new InvalidValue(
                    "photos", "evidence.photo", "该类别反馈须附照片", "this category needs a photo with the report-back");
        }
        if (!whistled()) return moved(CaseAction.REPORT_BACK, actor, to, note, Map.of());
        Whistle mine = whistleOf(actor);
        mine.reportedBackAt = now;
        mine.reportedBackBy = actor.username();
        boolean last = whistles.stream().allMatch(Whistle::reportedBack);
        return moved(CaseAction.REPORT_BACK, actor, last ? REPORTED : HANDLING, note, Map.of("unit", mine.unit));
    }

    /** A failed verification sends the case back; the {@link CaseWorkflow#REWORK_LIMIT}th hands it up (提级督办). */
    public List<Step> verifyFail(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.VERIFY_FAIL, note);
        reworkCount++;
        List<Step> steps = moved(CaseAction.VERIFY_FAIL, actor, to, note, Map.of("rework", reworkCount));
        if (reworkCount >= CaseWorkflow.REWORK_LIMIT) {
            DivisionLevel above = levelAbove();
            handOver(above);
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
        boolean inWindow = closedAt != null && !now.isAfter(closedAt.plus(reopenWindow));
        if (verdict == Satisfaction.DISSATISFIED && inWindow) {
            String countsAgainst = String.valueOf(assignee);
            reopen();
            status = FILED;
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
        CaseStatus to = enter(actor, CaseAction.REOPEN, note);
        reopen();
        return moved(CaseAction.REOPEN, actor, to, note, Map.of());
    }

    /**
     * 上报: one rung above whoever escalates (the community escalating a grid's case hands it to the
     * street); the event says where the case went.
     */
    public List<Step> escalate(Actor actor, String note) {
        CaseStatus to = enter(actor, CaseAction.ESCALATE, note);
        DivisionLevel above = escalatingFrom(actor).above().orElseThrow();
        handOver(above);
        return moved(CaseAction.ESCALATE, actor, to, note, Map.of("level", above.digits(), "to", above.name()));
    }

    public List<Step> suspend(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.SUSPEND, note);
        suspendedSince = now;
        return moved(CaseAction.SUSPEND, actor, to, note, Map.of());
    }

    /** 缓办 time does not count: the lines move by the time the case was paused. */
    public List<Step> resume(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.RESUME, note);
        Duration paused = Duration.between(suspendedSince, now);
        suspendedSince = null;
        suspendedSeconds += paused.toSeconds();
        lines = lines.movedBy(paused);
        return moved(CaseAction.RESUME, actor, to, note, Map.of("pausedSeconds", paused.toSeconds()));
    }

    /** 吹哨报到: the street summons units; the clock starts as for a dispatch. */
    public List<Step> whistle(Actor actor, List<Whistle> summoned, DeadlinePolicy policy, Instant now, String note) {
        CaseStatus to = enter(actor, CaseAction.WHISTLE, note);
        whistles.addAll(summoned);
        owner = actor.username();
        startClock(policy, now);
        return moved(
                CaseAction.WHISTLE,
                actor,
                to,
                note,
                Map.of("units", summoned.stream().map(Whistle::unit).toList()));
    }

    public List<Step> reportIn(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.REPORT_IN, note);
        Whistle mine = whistleOf(actor);
        mine.reportedInAt = now;
        mine.reportedInBy = actor.username();
        return moved(CaseAction.REPORT_IN, actor, to, note, Map.of("unit", mine.unit));
    }

    public List<Step> requestExtension(Actor actor, String requested, DeadlinePolicy policy, String note) {
        CaseStatus to = enter(actor, CaseAction.REQUEST_EXTENSION, note);
        extensionRequested = policy.extension(urgency(), requested);
        extensionRequestedBy = actor.username();
        return moved(CaseAction.REQUEST_EXTENSION, actor, to, note, Map.of("extension", extensionRequested.toString()));
    }

    /** The level above grants the extension: both lines move by it. */
    public List<Step> approveExtension(Actor actor, String note, Instant now) {
        CaseStatus to = enter(actor, CaseAction.APPROVE_EXTENSION, note);
        Duration extension = extensionRequested;
        extensionRequested = null;
        extensionRequestedBy = null;
        if (lines.deadlineAt() != null) {
            lines = lines.movedBy(extension);
            if (lines.deadlineAt().isAfter(now)) overdueAt = null;
        }
        return moved(CaseAction.APPROVE_EXTENSION, actor, to, note, Map.of("extension", extension.toString()));
    }

    /** 微心愿: a party member or volunteer claims a posted wish and the clock starts. */
    public List<Step> claim(Actor actor, DeadlinePolicy policy, Instant now, String note) {
        CaseStatus to = enter(actor, CaseAction.CLAIM, note);
        assignee = actor.username();
        startClock(policy, now);
        return moved(CaseAction.CLAIM, actor, to, note, Map.of("claimedBy", actor.username()));
    }

    private Urgency urgency() {
        return facts.urgency();
    }

    private void startClock(DeadlinePolicy policy, Instant now) {
        dispatchedAt = now;
        lines = policy.start(urgency(), now);
        warnedAt = null;
        overdueAt = null;
    }

    private DivisionLevel escalatingFrom(Actor actor) {
        return DivisionLevel.ofDigits(actor.scope().prefix().length())
                .filter(at -> at.isAbove(level))
                .orElse(level);
    }

    private DivisionLevel levelAbove() {
        return level.above()
                .orElseThrow(() ->
                        new Conflict("workflow.top-level", "已是最高层级，无法再上报", "the case is already at the top level"));
    }

    private void handOver(DivisionLevel to) {
        level = to;
        assignee = null;
        dispatchedAt = null;
        lines = new DeadlinePolicy.Lines(null, null);
        suspendedSince = null;
        warnedAt = null;
        overdueAt = null;
    }

    private void reopen() {
        closedAt = null;
        assignee = null;
        dispatchedAt = null;
        lines = new DeadlinePolicy.Lines(null, null);
        warnedAt = null;
        overdueAt = null;
    }

    private static final class EnumSetHolder {
        static final java.util.Set<CaseAction> SIMPLE =
                java.util.EnumSet.of(CaseAction.CANCEL, CaseAction.VERIFY_PASS, CaseAction.URGE);
    }
}
