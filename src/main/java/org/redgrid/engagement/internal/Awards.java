package org.redgrid.engagement.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.redgrid.engagement.MemberView;
import org.redgrid.engagement.PointAward;
import org.redgrid.engagement.PointRules;
import org.redgrid.shared.AuditRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adds awards to the ledger the one way: lock the member (so the yearly cap counts concurrent awards),
 * let {@link PointAward} decide from the county's rules and the points already earned this year, add
 * the entry once per rule and source, and audit it.
 */
@Component
public class Awards {

    /** What an award added: the entry and its points, or nothing (already awarded, or capped to zero). */
    public record Added(Optional<Long> entry, int points) {
        public static final Added NOTHING = new Added(Optional.empty(), 0);
    }

    private final Members members;
    private final Ledger ledger;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;

    Awards(Members members, Ledger ledger, RuleBook rules, ApplicationEventPublisher events) {
        this.members = members;
        this.ledger = ledger;
        this.rules = rules;
        this.events = events;
    }

    public PointRules rulesFor(MemberView member) {
        return rules.at(member.gridCode());
    }

    /** Awards what {@code decide} makes of the county's rules and the points earned this year. */
    public Added award(
            long person, BiFunction<PointRules, Integer, Optional<PointAward>> decide, String note, Instant at) {
        MemberView member = members.lock(person).orElseThrow();
        int year = at.atZone(Ledger.LOCAL).getYear();
        Optional<PointAward> award = decide.apply(rules.at(member.gridCode()), ledger.earnedIn(person, year));
        if (award.isEmpty()) return Added.NOTHING;
        Optional<Long> entry = ledger.add(person, member.gridCode(), award.get(), note, null, at);
        if (entry.isEmpty()) return Added.NOTHING;
        events.publishEvent(new AuditRecord(
                "POINTS_AWARDED",
                "person",
                Long.toString(person),
                member.gridCode(),
                award.get().rule() + " " + award.get().source() + " "
                        + award.get().points()));
        return new Added(entry, award.get().points());
    }
}
