package org.redgrid.scoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.redgrid.identity.Identity;
import org.redgrid.notification.Notifications;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.NewRound;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Starts a round on one scheme version: checks its units, classes, logins and reviewers (refusing any
 * assignment {@link ConflictOfInterest} forbids), settles the deadlines, and tells every bound login and
 * reviewer in their inbox what is due when.
 */
@Component
public class RoundOpening {

    private final RoundStore rounds;
    private final SchemeStore schemes;
    private final Identity identity;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundOpening(
            RoundStore rounds,
            SchemeStore schemes,
            Identity identity,
            Notifications notifications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.schemes = schemes;
        this.identity = identity;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public long open(NewRound given, Actor actor) {
        NewRound request = resolved(given);
        var scheme = schemes.byId(request.scheme())
                .filter(s -> actor.scope().sees(s.area()))
                .orElseThrow(() -> new NotFound("scheme", request.scheme()));
        SchemeDefinition definition = scheme.definition();
        checkUnits(request.assessed(), definition, actor);
        checkReviewers(request, definition);
        LocalDate today = LocalDate.now(clock.withZone(Assessments.LOCAL));
        Map<Stage, LocalDate> due = request.deadlines();
        LocalDate self = due.getOrDefault(Stage.SELF, today.plusDays(14));
        LocalDate peer = due.getOrDefault(Stage.PEER, self.plusDays(14));
        LocalDate fin = due.getOrDefault(Stage.FINAL, peer.plusDays(14));
        if (self.isBefore(today) || peer.isBefore(self) || fin.isBefore(peer)) {
            throw new InvalidValue(
                    "deadlines",
                    "deadlines.order",
                    "截止日期须不早于今天且按 自评、互评、综合认定 先后",
                    "deadlines must not be past and must follow SELF, PEER, FINAL");
        }
        LocalDate from = request.from() == null ? today.withDayOfYear(1) : request.from();
        LocalDate to = request.to() == null ? from.withDayOfYear(1).plusYears(1).minusDays(1) : request.to();
        String name = request.name() == null || request.name().isBlank()
                ? definition.name() + " " + from.getYear()
                : request.name().strip();
        if (name.length() > 200)
            throw new InvalidValue("name", "length", "名称至多 200 字", "the name is at most 200 characters");
        long id = rounds.insert(
                request,
                name,
                actor.scope().prefix(),
                new LocalDate[] {from, to, self, peer, fin},
                actor.username(),
                clock.instant());
        events.publishEvent(new AuditRecord(
                "ROUND_OPENED",
                "scoring_round",
                Long.toString(id),
                actor.scope().prefix(),
                definition.key() + " v" + scheme.version()));
        for (AssessedUnit unit : request.assessed()) {
            if (unit.account() != null) {
                notifications.deliverToInbox(
                        unit.account(), null, null, "考评自评：" + name, unit.name() + " 请于 " + self + " 前完成自评并附佐证材料。");
            }
        }
        request.reviewers()
                .forEach((reviewer, units) -> notifications.deliverToInbox(
                        reviewer, null, null, "考评互评：" + name, "请于 " + peer + " 前为 " + units.size() + " 个单位互评。"));
        return id;
    }

    /**
     * The round with every unit that has an area but no login bound to the one staff login whose scope is
     * exactly that area, and reviewers given per unit ({@code unit → [login, …]}) turned per reviewer.
     */
    private NewRound resolved(NewRound request) {
        List<AssessedUnit> units = request.assessed().stream()
                .map(unit -> {
                    if (unit.account() != null || unit.area() == null) return unit;
                    List<String> staff = identity.usernamesAt(unit.area(), STAFF);
                    return staff.size() == 1 ? unit.boundTo(staff.get(0)) : unit;
                })
                .toList();
        var codes = new HashSet<String>();
        units.forEach(u -> codes.add(u.unit()));
        Map<String, List<String>> reviewers = new java.util.LinkedHashMap<>();
        request.reviewers().forEach((key, values) -> {
            if (codes.contains(key) && !identity.userExists(key)) {
                values.forEach(login -> reviewers
                        .computeIfAbsent(login, r -> new java.util.ArrayList<>())
                        .add(key));
            } else {
                reviewers.computeIfAbsent(key, r -> new java.util.ArrayList<>()).addAll(values);
            }
        });
        return new NewRound(
                request.scheme(), request.name(), units, reviewers, request.from(), request.to(), request.deadlines());
    }

    private static final Role[] STAFF = {Role.GRID_WORKER, Role.GRID_LEADER, Role.COMMUNITY_STAFF, Role.STREET_STAFF};

    private void checkUnits(List<AssessedUnit> units, SchemeDefinition scheme, Actor actor) {
        var codes = new HashSet<String>();
        for (AssessedUnit unit : units) {
            if (!codes.add(unit.unit())) {
                throw new InvalidValue(
                        "assessed.unit", "unit.duplicate", "被考评单位重复：" + unit.unit(), "duplicate unit: " + unit.unit());
            }
            if (!scheme.classes().isEmpty() && !scheme.classes().contains(unit.unitClass())) {
                throw new InvalidValue(
                        "assessed.class",
                        "class.unknown",
                        "类别须为方案中的类别之一：" + scheme.classes(),
                        "the class must be one of the scheme's classes: " + scheme.classes());
            }
            if (unit.account() != null && !identity.userExists(unit.account())) {
                throw new InvalidValue(
                        "assessed.account",
                        "account.unknown",
                        "没有账号 " + unit.account(),
                        "no such login: " + unit.account());
            }
            if (unit.area() != null && !actor.scope().contains(unit.area())) {
                throw new InvalidValue(
                        "assessed.area", "area.scope", "单位区划不在你的管理范围内", "the unit's area lies outside your scope");
            }
        }
    }

    private void checkReviewers(NewRound request, SchemeDefinition scheme) {
        if (!request.reviewers().isEmpty() && !scheme.stages().contains(Stage.PEER)) {
            throw new InvalidValue("reviewers", "stage.not-in-scheme", "本方案没有互评环节", "the scheme has no peer stage");
        }
        Map<String, AssessedUnit> byCode = new HashMap<>();
        request.assessed().forEach(u -> byCode.put(u.unit(), u));
        var conflicts = new ConflictOfInterest(scheme.conflict(), request.assessed());
        request.reviewers().forEach((reviewer, units) -> {
            if (!identity.userExists(reviewer)) {
                throw new InvalidValue(
                        "reviewers", "account.unknown", "没有账号 " + reviewer, "no such login: " + reviewer);
            }
            for (String code : units == null ? List.<String>of() : units) {
                AssessedUnit unit = byCode.get(code);
                if (unit == null) {
                    throw new InvalidValue(
                            "reviewers",
                            "unit.unknown",
                            "互评单位不在被考评单位中：" + code,
                            "the reviewed unit is not assessed in this round: " + code);
                }
                if (conflicts.refuses(reviewer, unit)) {
                    throw new InvalidValue(
                            "reviewers",
                            "conflict-of-interest",
                            reviewer + " 须回避 " + unit.name(),
                            reviewer + " may not review " + unit.name() + " (conflict of interest)");
                }
            }
        });
    }
}
