package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.AssessmentView;
import org.redgrid.scoring.ItemScore;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.ScoreSheet;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Scoring one unit at one stage and reading its assessment: asks {@link StageGuard} who and when, checks
 * the points against {@link ItemCaps}, freezes the unit's facts when its self-assessment closes, and
 * writes every change with its author and reason.
 */
@Component
public class Assessments {

    static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final RoundStore rounds;
    private final SchemeStore schemes;
    private final EntryStore entries;
    private final FactReader facts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(
            RoundStore rounds,
            SchemeStore schemes,
            EntryStore entries,
            FactReader facts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.schemes = schemes;
        this.entries = entries;
        this.facts = facts;
        this.events = events;
        this.clock = clock;
    }

    /** The round as the current actor meets it; 404 when they may not see it. */
    public RoundContext context(long id) {
        var actor = CurrentActor.require();
        var round = rounds.visible(id, actor).orElseThrow(() -> new NotFound("round", id));
        var scheme = schemes.byId(round.schemeId()).orElseThrow();
        return new RoundContext(round, scheme, rounds.units(id), rounds.reviewers(id), actor);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LOCAL));
    }

    public AssessmentView view(RoundContext context, String code) {
        RoundStore.Unit unit = context.unit(code);
        SchemeDefinition scheme = context.definition();
        long round = context.round().id();
        List<EntryStore.Entry> all = entries.entries(round, code);
        List<EntryStore.Frozen> frozen = entries.facts(round, code);
        var measured = facts.facts(
                scheme, unit.unit(), context.round().from(), context.round().to(), frozen);
        Map<String, BigDecimal> settled = Settlement.settled(scheme, all, FactReader.values(measured));
        List<AssessmentView.Line> lines = new ArrayList<>();
        for (SchemeDefinition.Item item : scheme.allItems()) {
            var self = all.stream()
                    .filter(e -> e.stage() == Stage.SELF && e.item().equals(item.code()))
                    .findFirst();
            var fin = all.stream()
                    .filter(e -> e.stage() == Stage.FINAL && e.item().equals(item.code()))
                    .findFirst();
            var fact = measured.get(item.code());
            lines.add(new AssessmentView.Line(
                    item.code(),
                    item.name(),
                    scheme.kindOf(item.code()),
                    item.max(),
                    item.evidenceRequired(),
                    self.map(EntryStore.Entry::points).orElse(null),
                    self.map(EntryStore.Entry::evidence).orElse(null),
                    Settlement.peerMean(item.code(), all),
                    (int) all.stream()
                            .filter(e -> e.stage() == Stage.PEER && e.item().equals(item.code()))
                            .count(),
                    fin.map(EntryStore.Entry::points).orElse(null),
                    fin.map(EntryStore.Entry::reason).orElse(null),
                    fact == null ? null : fact.value(),
                    fact == null ? null : fact.source(),
                    frozen.stream().anyMatch(f -> f.item().equals(item.code())),
                    settled.get(item.code())));
        }
        return new AssessmentView(
                round,
                code,
                unit.unit().name(),
                unit.unit().unitClass(),
                unit.progress().name(),
                context.open(unit, today()),
                Settlement.card(scheme, unit.unit(), settled).score(),
                lines,
                entries.changes(round, code));
    }

    /** Scores the items of the sheet at the stage, as the current actor. */
    public void submit(RoundContext context, String code, Stage stage, ScoreSheet sheet) {
        RoundStore.Unit unit = context.unit(code);
        AssessedUnit assessed = unit.unit();
        if (!StageGuard.scores(stage, context.party(assessed))) {
            throw new Forbidden(
                    "你不是该单位" + stage.nameZh() + "的评分人", "you do not score the " + stage + " stage of this unit");
        }
        if (stage == Stage.PEER
                && new ConflictOfInterest(context.definition().conflict(), context.population())
                        .refuses(context.actor().username(), assessed)) {
            throw new Forbidden("须回避：不能为本单位或同类单位互评", "conflict of interest: you may not review this unit");
        }
        Conflict refusal = context.guard(today())
                .refusal(stage, unit.progress(), !context.reviewersOf(code).isEmpty());
        if (refusal != null) throw refusal;
        SchemeDefinition scheme = context.definition();
        var now = clock.instant();
        String author = stage == Stage.PEER ? context.actor().username() : stage.name();
        long round = context.round().id();
        var checked = new java.util.LinkedHashMap<String, BigDecimal>();
        sheet.items().forEach((itemCode, score) -> checked.put(itemCode, check(scheme, stage, itemCode, score)));
        if (stage != Stage.SELF && unit.progress() == Progress.SELF) freeze(context, unit);
        for (var entry : checked.entrySet()) {
            ItemScore score = sheet.items().get(entry.getKey());
            boolean changed = entries.put(
                    round,
                    code,
                    stage,
                    author,
                    entry.getKey(),
                    entry.getValue(),
                    trim(score.evidence()),
                    trim(score.reason()),
                    context.actor().username(),
                    now);
            if (changed) {
                events.publishEvent(new AuditRecord(
                        "SCORE_" + stage.name(),
                        "scoring_round",
                        round + "/" + code + "/" + entry.getKey(),
                        context.round().area(),
                        entry.getValue().toPlainString() + (score.reason() == null ? "" : " " + trim(score.reason()))));
            }
        }
        rounds.progress(round, code, StageGuard.after(stage, unit.progress()));
    }

    /** Freezes the facts of a unit whose self-assessment closes now, with their source. */
    public void freeze(RoundContext context, RoundStore.Unit unit) {
        long round = context.round().id();
        var frozen = entries.facts(round, unit.unit().unit());
        var measured = facts.facts(
                context.definition(),
                unit.unit(),
                context.round().from(),
                context.round().to(),
                frozen);
        var now = clock.instant();
        measured.values().forEach(fact -> entries.freeze(round, unit.unit().unit(), fact, now));
    }

    private static BigDecimal check(SchemeDefinition scheme, Stage stage, String code, ItemScore score) {
        SchemeDefinition.Item item = scheme.item(code);
        if (item == null) {
            throw new InvalidValue(
                    "items." + code, "item.unknown", "方案中没有考评项 " + code, "the scheme has no item " + code);
        }
        if (score == null) throw new InvalidValue("items." + code, "required", "须填写得分", "points are required");
        BigDecimal points = ItemCaps.checked(item, score.points());
        if (item.fact() != null && stage != Stage.FINAL) {
            throw new InvalidValue(
                    "items." + code,
                    "item.measured",
                    "该项自动取数，只能在综合认定时调整",
                    "this item is measured; only the final assessor may settle it");
        }
        if (stage == Stage.SELF && item.evidenceRequired() && points.signum() > 0 && trim(score.evidence()) == null) {
            throw new InvalidValue(
                    "items." + code + ".evidence", "evidence.required", "该项须附佐证材料", "this item needs evidence");
        }
        if (stage == Stage.FINAL && trim(score.reason()) == null) {
            throw new InvalidValue(
                    "items." + code + ".reason", "reason.required", "综合认定须写明理由", "the final assessment needs a reason");
        }
        return points;
    }

    private static String trim(String text) {
        if (text == null || text.isBlank()) return null;
        String stripped = text.strip();
        return stripped.length() > 2000 ? stripped.substring(0, 2000) : stripped;
    }
}
