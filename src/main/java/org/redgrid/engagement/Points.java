package org.redgrid.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redgrid.engagement.internal.Awards;
import org.redgrid.engagement.internal.Ledger;
import org.redgrid.engagement.internal.Period;
import org.redgrid.engagement.internal.Registrations;
import org.redgrid.engagement.internal.RuleBook;
import org.redgrid.engagement.internal.Teams;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DivisionCode;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 积分制: a member's points traced to their sources, awards by staff with themselves as approver,
 * reversing corrections, rankings of groups, the county's rules, and the measured figures of a division
 * that dashboards and the scoring module read.
 */
@Service
@Transactional(readOnly = true)
public class Points {

    private final Engagement engagement;
    private final Ledger ledger;
    private final Awards awards;
    private final RuleBook rules;
    private final Teams teams;
    private final Registrations registrations;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a coordinator names each part it coordinates
    Points(
            Engagement engagement,
            Ledger ledger,
            Awards awards,
            RuleBook rules,
            Teams teams,
            Registrations registrations,
            Organization organization,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engagement = engagement;
        this.ledger = ledger;
        this.awards = awards;
        this.rules = rules;
        this.teams = teams;
        this.registrations = registrations;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The member's total (this year's, or all under a NEVER reset), this year's stars and every entry. */
    public PointsView points(long member) {
        MemberView who = engagement.member(member);
        PointRules county = rules.at(who.gridCode());
        int year = clock.instant().atZone(Ledger.LOCAL).getYear();
        int yearTotal = ledger.total(who.person(), year);
        int total = county.reset() == ResetPolicy.YEARLY ? yearTotal : ledger.total(who.person(), null);
        return new PointsView(
                who.person(),
                total,
                county.stars().stars(yearTotal),
                ledger.entries(who.person(), Instant.EPOCH, clock.instant().plusSeconds(60)));
    }

    /** A learning session, manual award or deduction, approved by the staff member entering it. */
    @Transactional
    public PointsView award(NewAward command) {
        Actor actor = CurrentActor.require();
        if (command.member() == null) throw new InvalidValue("member", "required", "须指定党员", "member is required");
        MemberView who = engagement.member(command.member());
        if (!EngagementGuards.mayOrganise(actor, who.gridCode())) {
            throw new Forbidden("只有社区及以上工作人员可以手工记分", "only community staff and above award points by hand");
        }
        if (command.rule() == null) throw new InvalidValue("rule", "required", "须指定积分规则", "rule is required");
        PointSource source = PointSource.parse("source", command.source());
        String note = Text.optional("note", command.note(), 500);
        Awards.Added added = awards.award(
                who.person(),
                (county, earned) ->
                        PointAward.byHand(county, command.rule(), source, command.points(), actor.username(), earned),
                note,
                clock.instant());
        if (added.entry().isEmpty() && ledgerHas(who.person(), command.rule(), source)) {
            throw new Conflict("points.awarded", "该来源已按此规则记过分", "this source has been awarded under this rule");
        }
        return points(who.person());
    }

    private boolean ledgerHas(long person, PointRule rule, PointSource source) {
        return ledger.entries(person, Instant.EPOCH, clock.instant().plusSeconds(60)).stream()
                .anyMatch(e -> e.rule() == rule && e.source().equals(source.toString()) && e.reverses() == null);
    }

    /** Corrects an entry by a reversing one (the entry itself never changes); once per entry. */
    @Transactional
    public PointsView reverse(long entryId, String reason) {
        Actor actor = CurrentActor.require();
        Ledger.Entry entry =
                ledger.find(actor.scope(), entryId).orElseThrow(() -> new NotFound("point entry", entryId));
        if (!EngagementGuards.mayOrganise(actor, entry.gridCode())) {
            throw new Forbidden("只有社区及以上工作人员可以更正积分", "only community staff and above correct points");
        }
        String why = Text.required("reason", reason, 500);
        if (entry.view().reverses() != null || ledger.reversed(entryId)) {
            throw new Conflict("points.reversed", "该积分已更正或本身是更正", "this entry is a correction or has been corrected");
        }
        PointEntryView view = entry.view();
        PointAward reversal = PointAward.reversing(
                view.rule(), PointSource.parse("source", view.source()), view.points(), actor.username());
        ledger.add(entry.person(), entry.gridCode(), reversal, why, entryId, clock.instant())
                .orElseThrow(() -> new Conflict("points.reversed", "该积分已更正", "this entry has been corrected"));
        events.publishEvent(new AuditRecord(
                "POINTS_REVERSED",
                "person",
                Long.toString(entry.person()),
                entry.gridCode(),
                "entry " + entryId + ": " + why));
        return points(entry.person());
    }

    /** Groups of the division ranked by points over the period (this year by default). */
    public List<RankingRow> rankings(String division, Rankings by, LocalDate from, LocalDate to) {
        String code = division(division);
        if (by == null) throw new InvalidValue("by", "required", "须指定排名方式", "by is required");
        Period period = Period.orThisYear(from, to, LocalDate.now(clock.withZone(Ledger.LOCAL)));
        List<RankingRow> rows = ledger.rank(code, by, period.start(), period.end());
        Map<String, String> names = new java.util.HashMap<>();
        if (by == Rankings.BRANCH) {
            organization.partyOrgs(code).forEach(org -> names.put(Long.toString(org.id()), org.name()));
        } else if (by == Rankings.COMMUNITY) {
            rows.forEach(
                    row -> names.put(row.key(), organization.division(row.key()).name()));
        }
        return rows.stream()
                .map(row -> row.name() != null || !names.containsKey(row.key())
                        ? row
                        : new RankingRow(
                                row.rank(), row.key(), names.get(row.key()), row.members(), row.points(), row.hours()))
                .toList();
    }

    /** The point rules of a county (旗县区, 6 digits). */
    public PointRules rules(String county) {
        CurrentActor.require();
        return rules.at(county(county));
    }

    @Transactional
    public PointRules setRules(String county, PointRules body) {
        Actor actor = CurrentActor.require();
        String code = county(county);
        if (!EngagementGuards.maySetRules(actor, code)) {
            throw new Forbidden("只有该旗县区及以上管理员可以设置积分规则", "only administrators of the county and above set point rules");
        }
        if (body == null) throw new InvalidValue("body", "required", "须提交积分规则", "the rules are required");
        rules.save(code, body, actor.username(), clock.instant());
        events.publishEvent(new AuditRecord("POINT_RULES_SET", "point_rules", code, code, body.toString()));
        return rules.at(code);
    }

    /**
     * Registered members, service hours, points, stars and teams below minimum of a division over a
     * period: what dashboards show and what the scoring module may read as measured facts.
     */
    public EngagementFigures figures(String divisionCode, LocalDate from, LocalDate to) {
        String code = division(divisionCode);
        Period period = new Period(from, to);
        List<EngagementFigures.MemberFigures> members = ledger.perMember(code, period.start(), period.end());
        Map<Integer, Long> stars = new TreeMap<>();
        for (int level = 0; level <= StarThresholds.LEVELS; level++) stars.put(level, 0L);
        Map<Long, Integer> yearTotals = ledger.yearTotals(code, to.getYear());
        Map<String, PointRules> counties = new java.util.HashMap<>();
        for (EngagementFigures.MemberFigures member : members) {
            PointRules county = counties.computeIfAbsent(member.gridCode().substring(0, 6), rules::at);
            stars.merge(county.stars().stars(yearTotals.getOrDefault(member.person(), 0)), 1L, Long::sum);
        }
        YearMonth lastOver = YearMonth.now(clock.withZone(Ledger.LOCAL)).minusMonths(1);
        YearMonth last = YearMonth.from(to).isAfter(lastOver) ? lastOver : YearMonth.from(to);
        YearMonth first = YearMonth.from(from);
        List<TeamFlag> flags = first.isAfter(last) || first.plusMonths(24).isBefore(last)
                ? List.of()
                : teams.belowMinimum(code, first, last);
        return new EngagementFigures(
                code,
                from,
                to,
                registrations.registeredMembers(code),
                members.stream()
                        .mapToDouble(EngagementFigures.MemberFigures::hours)
                        .sum(),
                members.stream()
                        .mapToLong(EngagementFigures.MemberFigures::points)
                        .sum(),
                stars,
                flags,
                members);
    }

    /** A division inside the actor's scope (their own scope by default); outside it, 404. */
    private static String division(String raw) {
        Actor actor = CurrentActor.require();
        String code = raw == null || raw.isBlank()
                ? actor.scope()
                        .prefix()
                        .substring(0, Math.min(12, actor.scope().prefix().length()))
                : DivisionCode.parse("division", raw).value();
        if (!actor.scope().contains(code)) throw new NotFound("division", code);
        return code;
    }

    private static String county(String raw) {
        String code = raw == null || raw.isBlank()
                ? null
                : DivisionCode.parse("county", raw).value();
        if (code == null || code.length() != 6) {
            throw new InvalidValue("county", "county.level", "须为 6 位旗县区代码", "must be a 6-digit county code");
        }
        return code;
    }
}
