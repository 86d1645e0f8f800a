package org.redgrid.engagement.internal;

import java.util.Optional;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.Casework;
import org.redgrid.engagement.MemberView;
import org.redgrid.engagement.PointAward;
import org.redgrid.engagement.PointRule;
import org.redgrid.engagement.PointSource;
import org.redgrid.shared.CurrentActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Service done through the case engine counts (双服务): when a micro-wish or service order closes, the
 * member who handled it (its assignee, linked to a login) earns the county's points for it, once per
 * case. Runs after the case's transaction commits; the event publication registry keeps the event
 * until this has completed, so a crash only delays the award.
 */
@Component
class CaseService {

    private final Casework casework;
    private final Members members;
    private final Awards awards;

    CaseService(Casework casework, Members members, Awards awards) {
        this.casework = casework;
        this.members = members;
        this.awards = awards;
    }

    /** Only a service order or micro-wish closed by a member earns points: other events are not even stored for it. */
    @ApplicationModuleListener(
            condition = "#event.kind().name() == 'CLOSE' and #event.assignee() != null"
                    + " and (#event.type() == null or #event.type().name() == 'MICRO_WISH'"
                    + " or #event.type().name() == 'SERVICE_ORDER')")
    void on(CaseActionTaken event) {
        Optional<MemberView> member = members.ofLogin(event.assignee());
        if (member.isEmpty()) return;
        // Publications stored before the event carried its case's type are read through the engine's API.
        CaseType type = event.type() != null
                ? event.type()
                : CurrentActor.runAsSystem(() -> casework.get(event.caseId()).type());
        PointRule rule = switch (type) {
            case MICRO_WISH -> PointRule.MICRO_WISH;
            case SERVICE_ORDER -> PointRule.SERVICE_ORDER;
            default -> null;
        };
        if (rule == null) return;
        PointSource source = PointSource.closedCase(event.number());
        awards.award(
                member.get().person(),
                (rules, earned) -> PointAward.forCase(rules, rule, source, earned),
                event.title(),
                event.at());
    }
}
