package org.redgrid.scoring;

import java.time.LocalDate;
import java.util.List;
import org.redgrid.scoring.internal.Assessments;
import org.redgrid.scoring.internal.FactReader;
import org.redgrid.scoring.internal.ResultStore;
import org.redgrid.scoring.internal.ResultsWorkbook;
import org.redgrid.scoring.internal.RoundClosing;
import org.redgrid.scoring.internal.RoundContext;
import org.redgrid.scoring.internal.RoundOpening;
import org.redgrid.scoring.internal.RoundStore;
import org.redgrid.scoring.internal.SchemeStore;
import org.redgrid.scoring.internal.ScoringReminders;
import org.redgrid.scoring.internal.ScoringRules;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring module's API. The organisation department (county, city or region administrators)
 * defines schemes and runs rounds in its scope; assessed units score themselves from their bound login,
 * assigned reviewers score the units given to them, the department settles and closes; results are
 * published to everyone in the round.
 */
@Service
@Transactional(readOnly = true)
public class Scoring {

    private final SchemeStore schemes;
    private final RoundStore rounds;
    private final ResultStore results;
    private final Assessments assessments;
    private final RoundOpening opening;
    private final RoundClosing closing;
    private final ScoringReminders reminders;
    private final FactReader facts;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107") // the named internals this facade coordinates
    Scoring(
            SchemeStore schemes,
            RoundStore rounds,
            ResultStore results,
            Assessments assessments,
            RoundOpening opening,
            RoundClosing closing,
            ScoringReminders reminders,
            FactReader facts,
            ApplicationEventPublisher events) {
        this.schemes = schemes;
        this.rounds = rounds;
        this.results = results;
        this.assessments = assessments;
        this.opening = opening;
        this.closing = closing;
        this.reminders = reminders;
        this.facts = facts;
        this.events = events;
    }

    /** Saves a scheme, as a new version when its key exists. */
    @Transactional
    public SchemeRef defineScheme(SchemeDefinition definition) {
        Actor actor = requireDepartment();
        ScoringRules.check(definition);
        facts.check(definition);
        SchemeRef ref = schemes.save(definition, actor.scope().prefix(), actor.username());
        events.publishEvent(new AuditRecord(
                "SCHEME_SAVED",
                "scoring_scheme",
                definition.key() + " v" + ref.version(),
                actor.scope().prefix(),
                definition.name()));
        return ref;
    }

    /** The scheme versions defined in the caller's scope, newest first. */
    public List<SchemeView> schemes() {
        Actor actor = requireDepartment();
        return schemes.within(actor.scope()).stream().map(Scoring::view).toList();
    }

    public SchemeView scheme(long id) {
        Actor actor = requireDepartment();
        return schemes.byId(id)
                .filter(s -> actor.scope().sees(s.area()))
                .map(Scoring::view)
                .orElseThrow(() -> new NotFound("scheme", id));
    }

    @Transactional
    public RoundView openRound(NewRound round) {
        long id = opening.open(round, requireDepartment());
        return round(id);
    }

    /** The rounds the caller runs, is assessed in or reviews for. */
    public List<RoundView> rounds() {
        Actor actor = CurrentActor.require();
        return rounds.visible(actor).stream()
                .map(r -> view(assessments.context(r.id())))
                .toList();
    }

    public RoundView round(long id) {
        return view(assessments.context(id));
    }

    public AssessmentView assessment(long round, String unit) {
        return assessments.view(assessments.context(round), unit);
    }

    /** Scores items of a unit at a stage; answers the assessment as it stands after. */
    @Transactional
    public AssessmentView score(long round, String unit, Stage stage, ScoreSheet sheet) {
        // the round's row first, then what it says: a score waiting behind a close then sees it closed
        rounds.lock(round);
        RoundContext context = assessments.context(round);
        assessments.submit(context, unit, stage, sheet);
        return assessments.view(assessments.context(round), unit);
    }

    /** Closes every open stage, ranks, publishes and answers the results. */
    @Transactional
    public List<ResultRow> close(long round) {
        rounds.lock(round);
        closing.close(assessments.context(round));
        return results.results(round);
    }

    /** The published results in their overall order; 409 while the round is open. */
    public List<ResultRow> results(long round) {
        RoundContext context = assessments.context(round);
        if (context.round().open())
            throw new Conflict("round.open", "考评尚未结束，结果未公布", "the round is still open; results are not published");
        return results.results(round);
    }

    /** The results as an .xlsx workbook; the export is audited. */
    @Transactional
    public byte[] exportResults(long round) {
        RoundContext context = assessments.context(round);
        List<ResultRow> rows = results(round);
        events.publishEvent(new AuditRecord(
                "RESULTS_EXPORTED",
                "scoring_round",
                Long.toString(round),
                context.round().area(),
                rows.size() + " rows"));
        return ResultsWorkbook.of(context.round().name(), rows);
    }

    /** Records the talk (约谈) held with a unit flagged in the bottom share. */
    @Transactional
    public Talk recordTalk(long round, String unit, LocalDate heldOn, String note) {
        RoundContext context = assessments.context(round);
        if (!context.assessor()) throw new Forbidden("只有组织部门可以记录约谈", "only the organisation department records talks");
        context.unit(unit);
        if (!"BOTTOM".equals(results.flag(round, unit))) {
            throw new Conflict(
                    "talk.not-flagged", "只有排名在后的单位需要约谈", "only units flagged in the bottom share are talked to");
        }
        if (heldOn == null) throw new InvalidValue("heldOn", "required", "须填写约谈日期", "heldOn is required");
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidValue(
                    "note", "required", "须填写约谈记录（至多 2000 字）", "a note of at most 2000 characters is required");
        }
        Actor actor = context.actor();
        Talk talk = results.recordTalk(round, unit, heldOn, note.strip(), actor.username());
        events.publishEvent(new AuditRecord(
                "TALK_RECORDED",
                "scoring_round",
                round + "/" + unit,
                context.round().area(),
                heldOn.toString()));
        return talk;
    }

    public List<Talk> talks(long round) {
        RoundContext context = assessments.context(round);
        if (!context.assessor()) throw new Forbidden("只有组织部门可以查看约谈记录", "only the organisation department reads talks");
        return results.talks(round);
    }

    /** Sends the deadline reminders now due; the scheduler calls it hourly. */
    @Transactional
    public int remindDue() {
        return reminders.remind();
    }

    private RoundView view(RoundContext context) {
        var round = context.round();
        var scheme = context.scheme();
        var today = assessments.today();
        var units = context.units().stream()
                .filter(u -> context.seesUnit(u.unit()))
                .map(u -> new RoundView.UnitLine(
                        u.unit().unit(),
                        u.unit().name(),
                        u.unit().unitClass(),
                        u.unit().account(),
                        u.progress().name(),
                        context.open(u, today)))
                .toList();
        return new RoundView(
                round.id(),
                round.name(),
                scheme.id(),
                scheme.definition().key(),
                scheme.version(),
                scheme.definition().name(),
                round.area(),
                round.from(),
                round.to(),
                round.selfDue(),
                round.peerDue(),
                round.finalDue(),
                round.status(),
                round.closedAt(),
                context.assessor(),
                units);
    }

    private static SchemeView view(SchemeStore.Saved saved) {
        return new SchemeView(saved.id(), saved.version(), saved.area(), saved.definition());
    }

    private static Actor requireDepartment() {
        Actor actor = CurrentActor.require();
        if (!actor.administers()) {
            throw new Forbidden(
                    "只有旗县区、盟市或自治区组织部门可以管理考评方案和轮次",
                    "only county, city or region administrators define schemes and run rounds");
        }
        return actor;
    }
}
