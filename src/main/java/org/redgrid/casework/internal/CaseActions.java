package org.redgrid.casework.internal;

import java.time.Instant;
import java.util.List;
import org.redgrid.casework.CaseworkSettings;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.identity.Identity;
import org.redgrid.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Routes a transition request to the {@link Case} method of its action, handing it what it needs from
 * outside the case: the person it names, the category's deadline policy, the units a whistle names
 * (looked up only once the case has let the actor through), whether a photo goes with a report-back.
 */
@Component
public class CaseActions {

    private final Categories categories;
    private final Attachments attachments;
    private final Summoner summoner;
    private final Identity identity;
    private final CaseworkSettings settings;

    CaseActions(
            Categories categories,
            Attachments attachments,
            Summoner summoner,
            Identity identity,
            CaseworkSettings settings) {
        this.categories = categories;
        this.attachments = attachments;
        this.summoner = summoner;
        this.identity = identity;
        this.settings = settings;
    }

    /** The Case method for the requested action, with what it needs looked up beforehand or on demand. */
    public List<Case.Step> apply(
            Case c, Actor actor, TransitionRequest request, String note, boolean photos, Instant now) {
        String unit = request.unit() == null ? "" : request.unit().trim();
        return switch (request.action()) {
            case FILE -> c.file(actor, note);
            case CANCEL, VERIFY_PASS, URGE -> c.simply(actor, request.action(), note);
            case DISPATCH -> c.dispatch(actor, person(request.assignee()), policy(c), now, note);
            case HAND_OVER -> c.handOver(actor, person(request.assignee()), note);
            case TAKE_OVER -> c.takeOver(actor, note);
            case ACCEPT -> c.accept(actor, note);
            case REPORT_BACK ->
                c.reportBack(
                        actor, note, photos || evidence(c, actor), c.facts().photoRequired(), now);
            case VERIFY_FAIL -> c.verifyFail(actor, note);
            case CLOSE -> c.close(actor, note, now);
            case RATE -> c.rate(actor, request.satisfaction(), request.resolved(), settings.reopenWindow(), now);
            case REOPEN -> c.reopen(actor, note);
            case ESCALATE -> c.escalate(actor, note);
            case SUSPEND -> c.suspend(actor, note, now);
            case RESUME -> c.resume(actor, note, now);
            case WHISTLE -> c.whistle(actor, () -> summoner.whistle(request.units(), now), policy(c), now, note);
            case REPORT_IN -> c.reportIn(actor, note, now);
            case RELEASE_UNIT -> c.releaseUnit(actor, unit, null, note, now);
            case REPLACE_UNIT ->
                c.releaseUnit(actor, unit, () -> summoner.replacement(request.units(), now), note, now);
            case RATE_UNIT -> c.rateUnit(actor, unit, request.satisfaction(), note);
            case REQUEST_EXTENSION -> c.requestExtension(actor, request.extension(), policy(c), note);
            case APPROVE_EXTENSION -> c.approveExtension(actor, note, now);
            case CLAIM -> c.claim(actor, policy(c), now, note);
            case COMMENT -> c.comment(actor, note);
            case WITHDRAW -> c.withdraw(actor, note);
        };
    }

    private DeadlinePolicy policy(Case c) {
        return categories.policy(c.facts().category());
    }

    /** The person an action names, if there is one; whether they may have the case the case decides. */
    private Actor person(String username) {
        if (username == null || username.isBlank() || username.length() > 64) return null;
        return identity.actorOf(username.trim()).orElse(null);
    }

    /** Whether the actor has attached a photo to the case: a report-back's evidence where it is asked. */
    private boolean evidence(Case c, Actor actor) {
        return attachments.of(c.facts().id()).stream()
                .anyMatch(a -> actor.username().equals(a.uploadedBy()));
    }
}
