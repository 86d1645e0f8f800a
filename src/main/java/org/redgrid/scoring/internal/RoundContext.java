package org.redgrid.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.Actor;
import org.redgrid.shared.NotFound;

/** A round as one actor meets it: its scheme version, units and reviewers, and what the actor is to each. */
public record RoundContext(
        RoundStore.Round round,
        SchemeStore.Saved scheme,
        List<RoundStore.Unit> units,
        Map<String, List<String>> reviewers,
        Actor actor) {

    public SchemeDefinition definition() {
        return scheme.definition();
    }

    /** The organisation department running the round: an administrator whose scope holds its area. */
    public boolean assessor() {
        return actor.administers() && actor.scope().contains(round.area());
    }

    /** The unit if the actor may see its assessment (assessor, its bound login, its reviewers); 404 otherwise. */
    public RoundStore.Unit unit(String code) {
        return units.stream()
                .filter(u -> u.unit().unit().equals(code) && seesUnit(u.unit()))
                .findFirst()
                .orElseThrow(() -> new NotFound("unit", code));
    }

    public boolean seesUnit(AssessedUnit unit) {
        return assessor()
                || actor.username().equals(unit.account())
                || reviewersOf(unit.unit()).contains(actor.username());
    }

    public List<String> reviewersOf(String unit) {
        return reviewers.getOrDefault(unit, List.of());
    }

    public StageGuard.Party party(AssessedUnit unit) {
        return new StageGuard.Party(
                actor.username().equals(unit.account()),
                reviewersOf(unit.unit()).contains(actor.username()),
                assessor(),
                unit.account() != null);
    }

    public StageGuard guard(LocalDate today) {
        return new StageGuard(
                round.open(), definition().stages(), round.selfDue(), round.peerDue(), round.finalDue(), today);
    }

    /** The stages the actor may score of the unit today. */
    public List<Stage> open(RoundStore.Unit unit, LocalDate today) {
        StageGuard guard = guard(today);
        List<Stage> open = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (StageGuard.scores(stage, party(unit.unit()))
                    && guard.refusal(
                                    stage,
                                    unit.progress(),
                                    !reviewersOf(unit.unit().unit()).isEmpty())
                            == null) {
                open.add(stage);
            }
        }
        return open;
    }

    public List<AssessedUnit> population() {
        return units.stream().map(RoundStore.Unit::unit).toList();
    }
}
