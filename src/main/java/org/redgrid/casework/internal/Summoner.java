package org.redgrid.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.redgrid.casework.WhistleCall;
import org.redgrid.casework.WhistleRole;
import org.redgrid.organization.Organization;
import org.redgrid.shared.InvalidValue;
import org.springframework.stereotype.Component;

/** Turns the units a whistle names into summons: existing partner units, each once, with a bounded report-in time. */
@Component
public class Summoner {

    private final Organization organization;

    Summoner(Organization organization) {
        this.organization = organization;
    }

    /** A whistle's units: exactly one lead, each an existing unit serving the area, each once. */
    public List<Whistle> whistle(List<WhistleCall> calls, Instant now) {
        if (calls == null || calls.isEmpty()) {
            throw new InvalidValue("units", "required", "吹哨须指定至少一个单位", "a whistle needs at least one unit");
        }
        if (calls.stream().filter(call -> call.role() == WhistleRole.LEAD).count() != 1) {
            throw new InvalidValue("units", "whistle.one-lead", "须有且只有一个主办单位", "exactly one unit must lead");
        }
        List<Whistle> summoned = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Whistle called = summon(calls.get(i), "units[" + i + "]", now);
            Whistle whistle = called.inRoleUnlessNamed(WhistleRole.ASSIST);
            if (summoned.stream().anyMatch(w -> w.unit().equals(whistle.unit()))) {
                throw new InvalidValue("units[" + i + "].unit", "unit.unique", "同一单位不能重复吹哨", "a unit is summoned once");
            }
            summoned.add(whistle);
        }
        return summoned;
    }

    /** The one unit that takes a released unit's place ({@code units[0]}), in the role it names. */
    public Whistle replacement(List<WhistleCall> calls, Instant now) {
        if (calls == null || calls.size() != 1) {
            throw new InvalidValue(
                    "units", "whistle.one-replacement", "须指定一个接替单位", "name exactly one unit to take over");
        }
        return summon(calls.get(0), "units[0]", now);
    }

    private Whistle summon(WhistleCall call, String field, Instant now) {
        var unit = organization
                .partnerUnit(call == null ? null : call.unit())
                .orElseThrow(() -> new InvalidValue(
                        field + ".unit", "unit.exists", "单位不存在或不在服务范围内", "no such unit serving this area"));
        Duration within = DeadlinePolicy.bounded(
                field + ".reportInWithin",
                call.reportInWithin() == null ? "PT2H" : call.reportInWithin(),
                DeadlinePolicy.LONGEST_REPORT_IN);
        return Whistle.summon(unit.creditCode(), unit.name(), call.role(), now, now.plus(within));
    }
}
