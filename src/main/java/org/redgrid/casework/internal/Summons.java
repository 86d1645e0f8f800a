package org.redgrid.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redgrid.casework.Satisfaction;
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

    /** The actor's unit reports in; its credit code. */
    String reportIn(Actor actor, Instant now) {
        Whistle mine = of(actor).orElseThrow();
        mine.reportedInAt = now;
        mine.reportedInBy = actor.username();
        return mine.unit;
    }

    /** The actor's unit reports back; its credit code. */
    String reportBack(Actor actor, Instant now) {
        Whistle mine = of(actor).orElseThrow();
        mine.reportedBackAt = now;
        mine.reportedBackBy = actor.username();
        return mine.unit;
    }

    /** Releases a unit that has not answered, keeping who released it and why. */
    Whistle release(String unit, Actor actor, String reason, Instant now) {
        Whistle released = waitingUnit(unit);
        released.releasedAt = now;
        released.releasedBy = actor.username();
        released.releaseReason = reason;
        return released;
    }

    /** Summons one more unit, which must not have been summoned to the case before. */
    Whistle add(Whistle whistle) {
        if (has(whistle.unit)) {
            throw new InvalidValue("units[0].unit", "unit.unique", "同一单位不能重复吹哨", "a unit is summoned once");
        }
        whistles.add(whistle);
        return whistle;
    }

    /** 应哨评价: the rating of a unit's answer, once. */
    void rate(String unit, Satisfaction rating, Actor actor) {
        if (rating == null) throw new InvalidValue("satisfaction", "required", "须选择评价", "satisfaction is required");
        Whistle rated = ratableUnit(unit);
        rated.rating = rating;
        rated.ratedBy = actor.username();
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
