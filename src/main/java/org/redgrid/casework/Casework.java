package org.redgrid.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.internal.Attachments;
import org.redgrid.casework.internal.Case;
import org.redgrid.casework.internal.CaseActions;
import org.redgrid.casework.internal.CaseEvents;
import org.redgrid.casework.internal.CaseGuards;
import org.redgrid.casework.internal.CaseQueries;
import org.redgrid.casework.internal.CaseViews;
import org.redgrid.casework.internal.Cases;
import org.redgrid.casework.internal.Categories;
import org.redgrid.casework.internal.DeadlineSweep;
import org.redgrid.casework.internal.Intakes;
import org.redgrid.casework.internal.Links;
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
import org.springframework.transaction.annotation.Propagation;
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

    private final Cases cases;
    private final CaseEvents caseEvents;
    private final CaseQueries queries;
    private final Categories categories;
    private final Attachments attachments;
    private final Intakes intakes;
    private final Links links;
    private final DeadlineSweep sweep;
    private final CaseActions actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a coordinator names each part it coordinates
    Casework(
            Cases cases,
            CaseEvents caseEvents,
            CaseQueries queries,
            Categories categories,
            Attachments attachments,
            Intakes intakes,
            Links links,
            DeadlineSweep sweep,
            CaseActions actions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.caseEvents = caseEvents;
        this.queries = queries;
        this.categories = categories;
        this.attachments = attachments;
        this.intakes = intakes;
        this.links = links;
        this.sweep = sweep;
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Intake create(NewCase command, String idempotencyKey) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        return taken(actor, intakes.take(actor, command, false, idempotencyKey, now), Map.of(), now);
    }

    /** Checks a report as {@link #create} would, every field at once (400 listing them all); takes nothing in. */
    public void check(NewCase command) {
        intakes.check(CurrentActor.require(), command);
    }

    /**
     * A report an Open311 client files with its API key: the one channel whose reports carry the
     * OPEN311 source. Only the Open311 adapter calls it, once it has authenticated the key.
     */
    @Transactional
    public Intake createThroughOpen311(NewCase command, String idempotencyKey) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        return taken(actor, intakes.take(actor, command, true, idempotencyKey, now), Map.of(), now);
    }

    /**
     * 议定事项: the only way a RESOLUTION_TASK case is created, called by the deliberation module for a
     * passed resolution, as the platform or as staff of the grid's area; filed at once at its level.
     */
    @Transactional
    public Intake createResolutionTask(ResolutionTask task) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        return taken(actor, intakes.take(actor, task, now), Intakes.agreement(task), now);
    }

    /** Records and announces a case taken in, or answers with the earlier case of a replayed request. */
    Intake taken(Actor actor, Intakes.Taken taken, Map<String, String> data, Instant now) {
        if (taken.created().isEmpty()) return new Intake(get(taken.id()), true);
        CaseView view = CaseViews.of(taken.created().get(), actor, now);
        String by = actor.username();
        caseEvents.append(
                view.id(), view.gridCode(), CaseEventKind.CREATE, null, CaseStatus.INTAKE, by, now, null, data);
        if (view.status() == CaseStatus.FILED) {
            caseEvents.append(
                    view.id(),
                    view.gridCode(),
                    CaseEventKind.FILE,
                    CaseStatus.INTAKE,
                    view.status(),
                    by,
                    now,
                    null,
                    data);
        }
        events.publishEvent(new AuditRecord("CASE_CREATED", "case", view.number(), view.gridCode(), view.category()));
        publish(view, CaseEventKind.CREATE, by, List.of(), now);
        return new Intake(view, false);
    }

    public CaseView get(long id) {
        Actor actor = CurrentActor.require();
        return CaseViews.of(cases.load(actor, id), actor, clock.instant());
    }

    public PageResult<CaseView> list(CaseQuery query, Paging paging) {
        return queries.list(CurrentActor.require(), query, paging);
    }

    /**
     * One page of a work list, searched by case number or title, inside what the actor may see; read on one
     * connection without a transaction (as at read committed, each statement sees what is committed), saving a commit.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public PageResult<CaseView> work(WorkList list, String text, Paging paging) {
        return queries.work(CurrentActor.require(), list, text, paging);
    }

    public List<CaseEventView> events(long id) {
        return caseEvents.of(get(id).id());
    }

    /** The units summoned to a case and where each stands. */
    public List<WhistleTarget> whistleTargets(long id) {
        return CaseViews.targets(cases.load(CurrentActor.require(), id), clock.instant());
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
        Case aCase = cases.load(actor, id);
        // To the microsecond, as the database keeps it: the answer shows the case as stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Case.Step> steps = actions.apply(aCase, actor, request, note, !photos.isEmpty(), now);
        cases.save(aCase);
        for (Photo photo : photos) attachments.attach(aCase, actor.username(), photo, now);
        caseEvents.append(id, aCase.facts().gridCode(), steps, now);
        if (request.action() == CaseAction.CLOSE)
            links.closeLinked(id, aCase.facts().number(), now);
        events.publishEvent(new AuditRecord(
                "CASE_" + request.action(),
                "case",
                aCase.facts().number(),
                aCase.facts().gridCode(),
                note));
        // The case as this action left it, without reading it back: the view is built from the saved state.
        CaseView after = CaseViews.of(aCase, actor, now);
        @SuppressWarnings("unchecked")
        List<String> units = steps.get(0).data().get("units") instanceof List<?> list ? (List<String>) list : List.of();
        publish(after, CaseEventKind.of(request.action()), actor.username(), units, now);
        return after;
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
        DeadlineSweep.Result result = sweep.sweep(now);
        return new SweepResult(result.ran(), result.warned(), result.overdue(), result.lateToReportIn());
    }

    /** Open cases of the same category that a report may repeat, among those the actor may see. */
    public List<CaseView> duplicates(long id) {
        return queries.duplicates(CurrentActor.require(), get(id));
    }

    /** Links a duplicate report to its master; the duplicate is answered when the master closes. */
    @Transactional
    public CaseView link(long id, Long masterId) {
        Actor actor = CurrentActor.require();
        if (masterId == null) throw new InvalidValue("master", "required", "须指定主案", "master is required");
        CaseView duplicate = get(id);
        if (!mayLink(duplicate)) {
            throw new Forbidden("只有在本层级办理该诉求的工作人员可以合并", "only staff handling the case at its level link it");
        }
        CaseView master = get(masterId);
        links.link(duplicate, master, actor.username(), clock.instant());
        events.publishEvent(
                new AuditRecord("CASE_LINKED", "case", duplicate.number(), duplicate.gridCode(), master.number()));
        return get(duplicate.id());
    }

    /** Whether the current user may link this case, as a duplicate, to a master (the page asks the same). */
    public boolean mayLink(CaseView view) {
        return view.status().isOpen()
                && CaseGuards.mayLink(CurrentActor.require(), DivisionLevel.of(view.level()), view.gridCode());
    }

    /** Attaches a photo to a case the actor may see, with an ATTACH event; the status does not change. */
    @Transactional
    public AttachmentView attach(long id, Photo photo) {
        Actor actor = CurrentActor.require();
        Case aCase = cases.load(actor, id);
        long attachment = attachments.attach(aCase, actor.username(), photo, clock.instant());
        events.publishEvent(new AuditRecord(
                "CASE_ATTACH", "case", aCase.facts().number(), aCase.facts().gridCode(), photo.filename()));
        return attachments.of(id).stream()
                .filter(a -> a.id() == attachment)
                .findFirst()
                .orElseThrow();
    }

    public List<AttachmentView> attachments(long id) {
        return attachments.of(get(id).id());
    }

    /** The photo's bytes, if its case is one the actor may see. */
    public Photo photo(long attachmentId) {
        long caseId = attachments.caseOf(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
        try {
            get(caseId);
        } catch (NotFound hidden) {
            throw new NotFound("attachment", attachmentId);
        }
        return attachments.photo(attachmentId);
    }

    public List<CategoryView> categories() {
        CurrentActor.require();
        return categories.all();
    }

    public CategoryView category(String code) {
        return categories.get(code);
    }

    /** Creates or changes a category and its deadline policy; region administrators only. */
    @Transactional
    public CategoryView saveCategory(String code, CategoryChange body) {
        return categories.save(CurrentActor.require(), code, body);
    }

    private void publish(CaseView view, CaseEventKind kind, String actor, List<String> units, Instant at) {
        events.publishEvent(CaseActionTaken.of(view, kind, actor, units, at));
    }
}
