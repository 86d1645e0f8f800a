package org.redgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redgrid.shared.Actor;
import org.redgrid.shared.InvalidValue;

/**
 * 吹哨报到 on one case: the units summoned and where each stands. A whistle can always end: a unit that
 * never answers is released or replaced with a recorded reason, and the whistle is answered when
 * every unit still summoned has reported back.
 */
public final class Summons {

    final List<Whistle> whistles = new ArrayList<>();

    boolean any() {
        return !whistles.isEmpty();
    }

    /** The summons of the actor's unit, if it was summoned and not released. */
    Optional<Whistle> of(Actor actor) {
        return actor.partnerUnit() == null
                ? Optional.empty()
                : whistles.stream()
                        .filter(w -> w.unit.equals(actor.partnerUnit()) && !w.released())
                        .findFirst();
    }

    boolean has(String unit) {
        return whistles.stream().anyMatch(w -> w.unit.equals(unit));
    }

    /** Whether every unit has answered, by reporting back or by being released. */
    boolean answered() {
        return whistles.stream().allMatch(w -> w.reportedBack() || w.released());
    }

    /** Whether some unit has not answered yet, so could be released or replaced. */
    boolean waiting() {
        return whistles.stream().anyMatch(w -> !w.reportedBack() && !w.released());
    }

    /** Whether some unit's answer (or release) waits for the street's rating (应哨评价). */
    boolean unrated() {
        return whistles.stream().anyMatch(w -> (w.reportedBack() || w.released()) && w.rating == null);
    }

    /** The unit named in a release or replacement: summoned and not yet answered; 400 naming {@code unit}. */
    Whistle waitingUnit(String unit) {
        return find(
                unit, w -> !w.reportedBack() && !w.released(), "尚未反馈的吹哨单位", "a summoned unit that has not answered");
    }

    /** The unit to rate: it answered or was released, and has not been rated; 400 naming {@code unit}. */
    Whistle ratableUnit(String unit) {
        return find(
                unit,
                w -> (w.reportedBack() || w.released()) && w.rating == null,
                "已反馈且未评价的吹哨单位",
                "a summoned unit that has answered and is not rated yet");
    }

    private Whistle find(String unit, java.util.function.Predicate<Whistle> state, String zh, String en) {
        return whistles.stream()
                .filter(w -> w.unit.equals(unit) && state.test(w))
                .findFirst()
                .orElseThrow(() -> new InvalidValue("unit", "unit.summoned", "须指定" + zh, "unit must name " + en));
    }
}
