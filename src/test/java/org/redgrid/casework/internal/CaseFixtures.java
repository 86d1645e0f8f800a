package org.redgrid.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.Urgency;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

/** Cases and actors for the plain unit tests of the case rules: no Spring, no database. */
final class CaseFixtures {

    static final String GRID = "150105004015001";
    static final String GAS = "91150105MA0XECCCFC";
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final DeadlinePolicy POLICY =
            new DeadlinePolicy(Duration.ofDays(7), Duration.ofDays(2), Duration.ofHours(4), 0.8, Optional.empty());

    static final Actor RESIDENT = actor("resident.zhang", Role.RESIDENT, GRID, null);
    static final Actor WORKER = actor("taoyuan.grid1", Role.GRID_WORKER, GRID, null);
    static final Actor OTHER_WORKER = actor("taoyuan.grid2", Role.GRID_WORKER, "150105004015002", null);
    static final Actor COMMUNITY = actor("taoyuan.community", Role.COMMUNITY_STAFF, "150105004015", null);
    static final Actor STREET = actor("dxdl.street", Role.STREET_STAFF, "150105004", null);
    static final Actor COUNTY = actor("saihan.admin", Role.COUNTY_ADMIN, "150105", null);
    static final Actor REGION = actor("region.admin", Role.REGION_ADMIN, "15", null);
    static final Actor GAS_UNIT = actor("gas.dept", Role.DEPARTMENT, "150105", GAS);

    private CaseFixtures() {}

    static Actor actor(String username, Role role, String scope, String unit) {
        return new Actor(username, username, Set.of(role), DataScope.of(scope), unit);
    }

    static Case aCase(CaseStatus status, DivisionLevel level) {
        return aCase(status, level, CaseType.PROBLEM, List.of());
    }

    static Case aCase(CaseStatus status, DivisionLevel level, CaseType type, List<String> checklist) {
        CaseFacts facts = new CaseFacts(
                1,
                "150105-20261123-000001",
                type,
                "EVENT.GAS_HAZARD",
                "燃气隐患",
                Urgency.URGENT,
                CaseSource.RESIDENT,
                GRID,
                "楼道燃气泄漏",
                "闻到燃气味",
                null,
                null,
                null,
                "resident.zhang",
                NOW,
                checklist,
                false);
        Case c = new Case(facts, 0, status, level);
        c.owner = "taoyuan.community";
        return c;
    }

    /** A case dispatched to the grid worker, its clock started at {@link #NOW}. */
    static Case dispatched(CaseStatus status) {
        Case c = aCase(status, DivisionLevel.GRID);
        c.assignee = WORKER.username();
        c.clock.start(POLICY, Urgency.URGENT, NOW);
        return c;
    }
}
