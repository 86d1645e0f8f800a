package org.redgrid.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.redgrid.casework.internal.Attachments;
import org.redgrid.casework.internal.Case;
import org.redgrid.casework.internal.CaseEvents;
import org.redgrid.casework.internal.CaseQueries;
import org.redgrid.casework.internal.CaseViews;
import org.redgrid.casework.internal.Cases;
import org.redgrid.casework.internal.Categories;
import org.redgrid.casework.internal.DeadlinePolicy;
import org.redgrid.casework.internal.DeadlineSweep;
import org.redgrid.casework.internal.Intakes;
import org.redgrid.casework.internal.Links;
import org.redgrid.casework.internal.Summoner;
import org.redgrid.identity.Identity;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case engine's API, a coordinator: load the case the actor may see, let the {@code Case} guard
 * and apply the action, save it under its version, record the steps and publish what happened. One
 * transaction per command: the case row, its events and the audit entry commit together.
 */
@Service
@Transactional(readOnly = true)
public class Casework {

    /** A case taken in, and whether it was a replay of an earlier request with the same idempotency key. */
    public record Intake(CaseView view, boolean replayed) {}

    /** What one deadline sweep did. */
    public record SweepResult(boolean ran, int warned, int overdue, int lateToReportIn) {}

    /** The tables and rules this coordinator works with. */
    record Parts(
            Cases cases,
            CaseEvents caseEvents,
            CaseQueries queries,
            Categories categories,
            Attachments attachments,
            Intakes intakes,
            Links links,
            DeadlineSweep sweep,
            Summoner summoner) {}

    private final Parts parts;
    private final Identity identity;
    private final CaseworkSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Casework(
            Cases cases,
            CaseEvents caseEvents,
            CaseQueries queries,
            Categories categories,
            Attachments attachments,
            Intakes intakes,
            Links links,
            DeadlineSweep sweep,
            Summoner summoner,
            Identity identity,
            CaseworkSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.parts = new Parts(cases, caseEvents, queries, categories, attachments, intakes, links, sweep, summoner);
        this.identity = identity;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Intake create(NewCase command, String idempotencyKey) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        Intakes.Taken taken = parts.intakes().take(actor, command, idempotencyKey, now);
        if (taken.created().isEmpty()) return new Intake(get(taken.id()), true);
        CaseView view = CaseViews.of(taken.created().get(), actor, now);
        parts.caseEvents()
                .append(
                        view.id(),
                        view.gridCode(),
                        CaseEventKind.CREATE,
                        null,
                        CaseStatus.INTAKE,
                        actor.username(),
                        now,
                        null,
                        null);
        events.publishEvent(new AuditRecord("CASE_CREATED", "case", view.number(), view.gridCode(), view.category()));
        publish(view, CaseEventKind.CREATE, actor.username(), List.of(), now);
        return new Intake(view, false);
    }

    public CaseView get(long id) {
        Actor actor = CurrentActor.require();
        return CaseViews.of(parts.cases().load(actor, id), actor, clock.instant());
    }

    public PageResult<CaseView> list(CaseQuery query, Paging paging) {
        return parts.queries().list(CurrentActor.require(), query, paging);
    }

    /** One page of a work list, searched by case number or title, inside what the actor may see. */
    public PageResult<CaseView> work(WorkList list, String text, Paging paging) {
        return parts.queries().work(CurrentActor.require(), list, text, paging);
    }

    public List<CaseEventView> events(long id) {
        return parts.caseEvents().of(get(id).id());
    }

    /** The units summoned to a case and where each stands. */
    public List<WhistleTarget> whistleTargets(long id) {
        return CaseViews.targets(parts.cases().load(CurrentActor.require(), id), clock.instant());
    }

    @Transactional
    public CaseView transition(long id, TransitionRequest request) {
        return transition(id, request, List.of());
    }

    /** An action with the photos that go with it (a report-back's evidence), all or nothing. */
    @Transactional
    public CaseView transition(long id, TransitionRequest request, List<Photo> photos) {
        Actor actor = CurrentActor.require();
        if (request.action() == null) throw new InvalidValue("action", "required", "须指定动作", "action is required");
        String note = note(request.note());
        Case aCase = parts.cases().load(actor, id);
        Instant now = clock.instant();
        List<Case.Step> steps = apply(aCase, actor, request, note, !photos.isEmpty(), now);
        parts.cases().save(aCase);
        for (Photo photo : photos) parts.attachments().attach(aCase, actor.username(), photo, now);
        parts.caseEvents().append(id, aCase.facts().gridCode(), steps, now);
        if (request.action() == CaseAction.CLOSE)
            parts.links().closeLinked(id, aCase.facts().number(), now);
        events.publishEvent(new AuditRecord(
                "CASE_" + request.action(),
                "case",
                aCase.facts().number(),
                aCase.facts().gridCode(),
                note));
        CaseView after = get(id);
        @SuppressWarnings("unchecked")
        List<String> units = steps.get(0).data().get("units") instanceof List<?> list ? (List<String>) list : List.of();
        publish(after, CaseEventKind.of(request.action()), actor.username(), units, now);
        return after;
    }

    private List<Case.Step> apply(
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
            case WHISTLE ->
                c.whistle(actor, () -> parts.summoner().whistle(request.units(), now), policy(c), now, note);
            case REPORT_IN -> c.reportIn(actor, note, now);
            case RELEASE_UNIT -> c.releaseUnit(actor, unit, null, note, now);
            case REPLACE_UNIT ->
                c.releaseUnit(actor, unit, () -> parts.summoner().replacement(request.units(), now), note, now);
            case RATE_UNIT -> c.rateUnit(actor, unit, request.satisfaction(), note);
            case REQUEST_EXTENSION -> c.requestExtension(actor, request.extension(), policy(c), note);
            case APPROVE_EXTENSION -> c.approveExtension(actor, note, now);
            case CLAIM -> c.claim(actor, policy(c), now, note);
        };
    }

    private DeadlinePolicy policy(Case c) {
        return parts.categories().policy(c.facts().category());
    }

    /** The person an action names, if there is one; whether they may have the case the case decides. */
    private Actor person(String username) {
        if (username == null || username.isBlank() || username.length() > 64) return null;
        return identity.actorOf(username.trim()).orElse(null);
    }

    /** Whether the actor has attached a photo to the case: a report-back's evidence where it is asked. */
    private boolean evidence(Case c, Actor actor) {
        return parts.attachments().of(c.facts().id()).stream()
                .anyMatch(a -> actor.username().equals(a.uploadedBy()));
    }

    private static String note(String note) {
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > 2000) {
            throw new InvalidValue("note", "max-length", "说明最多 2000 个字符", "note is longer than 2000 characters");
        }
        return trimmed;
    }

    /** Marks yellow and red lines passed and units late to report in; see {@link DeadlineSweep}. */
    @Transactional
    public SweepResult sweepDeadlines(Instant now) {
        DeadlineSweep.Result result = parts.sweep().sweep(now);
        return new SweepResult(result.ran(), result.warned(), result.overdue(), result.lateToReportIn());
    }

    /** Open cases of the same category that a report may repeat, among those the actor may see. */
    public List<CaseView> duplicates(long id) {
        return parts.queries().duplicates(CurrentActor.require(), get(id));
    }

    /** Links a duplicate report to its master; the duplicate is answered when the master closes. */
    @Transactional
    public CaseView link(long id, Long masterId) {
        Actor actor = CurrentActor.require();
        if (!CaseWorkflow.permits(actor.roles(), CaseAction.FILE)) {
            throw new Forbidden("当前角色不能合并重复诉求", "your role may not link duplicates");
        }
        if (masterId == null) throw new InvalidValue("master", "required", "须指定主案", "master is required");
        CaseView duplicate = get(id);
        CaseView master = get(masterId);
        parts.links().link(duplicate, master, actor.username(), clock.instant());
        events.publishEvent(
                new AuditRecord("CASE_LINKED", "case", duplicate.number(), duplicate.gridCode(), master.number()));
        return get(duplicate.id());
    }

    /** Attaches a photo to a case the actor may see, with an ATTACH event; the status does not change. */
    @Transactional
    public AttachmentView attach(long id, Photo photo) {
        Actor actor = CurrentActor.require();
        Case aCase = parts.cases().load(actor, id);
        long attachment = parts.attachments().attach(aCase, actor.username(), photo, clock.instant());
        events.publishEvent(new AuditRecord(
                "CASE_ATTACH", "case", aCase.facts().number(), aCase.facts().gridCode(), photo.filename()));
        return parts.attachments().of(id).stream()
                .filter(a -> a.id() == attachment)
                .findFirst()
                .orElseThrow();
    }

    public List<AttachmentView> attachments(long id) {
        return parts.attachments().of(get(id).id());
    }

    /** The photo's bytes, if its case is one the actor may see. */
    public Photo photo(long attachmentId) {
        long caseId =
                parts.attachments().caseOf(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
        try {
            get(caseId);
        } catch (NotFound hidden) {
            throw new NotFound("attachment", attachmentId);
        }
        return parts.attachments().photo(attachmentId);
    }

    public List<CategoryView> categories() {
        CurrentActor.require();
        return parts.categories().all();
    }

    public CategoryView category(String code) {
        return parts.categories().get(code);
    }

    /** Creates or changes a category and its deadline policy; region administrators only. */
    @Transactional
    public CategoryView saveCategory(String code, CategoryChange body) {
        return parts.categories().save(CurrentActor.require(), code, body);
    }

    private void publish(CaseView view, CaseEventKind kind, String actor, List<String> units, Instant at) {
        events.publishEvent(new CaseActionTaken(
                view.id(),
                view.number(),
                view.title(),
                view.gridCode(),
                kind,
                view.status(),
                view.level(),
                actor,
                view.reporter(),
                view.owner(),
                view.assignee(),
                units,
                at));
    }
}
