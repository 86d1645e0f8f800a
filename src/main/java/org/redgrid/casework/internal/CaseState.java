package org.redgrid.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * What a {@link Case} holds: its facts, where it stands, its clock and its summoned units, and the
 * one entry every action passes (guards, then status, then the reason); the actions are the Case's.
 */
public abstract sealed class CaseState permits Case {

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
    /** 首问负责: the first member of staff who took the case in. */
    String firstReceiver;

    final CaseClock clock = new CaseClock();
    final Summons summons = new Summons();
    int reworkCount;
    Instant closedAt;
    Boolean resolved;
    Satisfaction satisfaction;
    /** Whether the row said units were summoned, so that {@link Whistles} loads them. */
    boolean markedWhistled;

    CaseState(CaseFacts facts, int version, CaseStatus status, DivisionLevel level) {
        this.facts = facts;
        this.version = version;
        this.loadedStatus = status;
        this.status = status;
        this.level = level;
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
        return clock.suspended();
    }

    public boolean whistled() {
        return summons.any();
    }

    public boolean extensionPending() {
        return clock.extensionPending();
    }

    /** 403 unless the actor may take the action here and now, then 409 unless the case allows it. */
    CaseStatus enter(Actor actor, CaseAction action, String note) {
        CaseGuards.require(actor, this, action);
        CaseStatus next = CaseWorkflow.next(status, action);
        if (!CaseGuards.admits(actor, this, action)) {
            throw new Conflict("workflow.state", "诉求当前状态不允许此操作", "the case's state does not allow " + action);
        }
        if (action.needsNote() && note == null) {
            throw new InvalidValue("note", "required", action.noteMissingZh(), action.noteMissingEn());
        }
        return next;
    }

    List<Step> moved(CaseAction action, Actor actor, CaseStatus to, String note, Map<String, Object> data) {
        CaseStatus from = status;
        status = to;
        return new ArrayList<>(List.of(new Step(CaseEventKind.of(action), from, to, actor.username(), note, data)));
    }

    /** The level an escalation starts from: the case's, or the escalating staff's when that is higher. */
    DivisionLevel escalatingFrom(Actor actor) {
        return DivisionLevel.ofDigits(actor.scope().prefix().length())
                .filter(at -> at.isAbove(level))
                .orElse(level);
    }
}
