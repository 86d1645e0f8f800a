package org.redgrid.deliberation.internal;

import java.util.Locale;
import org.redgrid.casework.ResolutionTask.Claimant;
import org.redgrid.casework.ResolutionTask.Claimant.Kind;
import org.redgrid.organization.GridView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.CreditCode;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Component;

/**
 * 认领: who claims a resolution's task — {@code GRID:<grid code>} (a grid of the community),
 * {@code UNIT:<credit code>} (a partner unit) or {@code PARTY_MEMBER:<username or person id>} — and the
 * grid the task's case is filed in.
 */
@Component
public class Claimants {

    private final Organization organization;
    private final Voters voters;

    Claimants(Organization organization, Voters voters) {
        this.organization = organization;
        this.voters = voters;
    }

    public Claimant parse(String raw, String community) {
        String given = raw == null ? "" : raw.trim();
        int colon = given.indexOf(':');
        if (colon < 1)
            throw invalid("须写作 GRID:网格编码、UNIT:信用代码 或 PARTY_MEMBER:党员", "write GRID:, UNIT: or PARTY_MEMBER:");
        Kind kind;
        try {
            kind = Kind.valueOf(given.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid("认领方类型只能是 GRID、UNIT 或 PARTY_MEMBER", "the claimant is a GRID, UNIT or PARTY_MEMBER");
        }
        String reference = given.substring(colon + 1).trim();
        switch (kind) {
            case GRID -> {
                String grid = GridCode.parse("claimant", reference).value();
                if (!grid.startsWith(community) || !organization.gridExists(grid)) {
                    throw invalid("网格不属于该社区", "the grid is not one of the community's");
                }
                reference = grid;
            }
            case UNIT -> {
                reference = CreditCode.parse("claimant", reference).value();
                if (organization.partnerUnit(reference).isEmpty()) throw invalid("找不到该共建单位", "no such partner unit");
            }
            case PARTY_MEMBER -> {
                if (reference.isEmpty() || reference.length() > 64 || !voters.isPartyMember(reference)) {
                    throw invalid("找不到该党员", "no such party member");
                }
            }
        }
        return new Claimant(kind, reference);
    }

    /** A grid's task is filed in that grid; any other in the community's first grid. */
    public String gridFor(Claimant claimant, String community) {
        if (claimant.kind() == Kind.GRID) return claimant.reference();
        return organization.grids(community, null, new Paging(0, 1)).items().stream()
                .map(GridView::code)
                .findFirst()
                .orElseThrow(
                        () -> new InvalidValue("community", "community.grids", "该社区尚无网格", "the community has no grid"));
    }

    private static InvalidValue invalid(String zh, String en) {
        return new InvalidValue("claimant", "claimant", zh, en);
    }
}
