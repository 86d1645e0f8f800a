package org.redgrid.deliberation;

import java.util.EnumSet;
import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Role;

/**
 * Who takes part how in a community's deliberation: who proposes topics, who organises meetings (and
 * keeps their record, counts votes and turns resolutions into tasks), who rates the outcome. The API and
 * the pages ask this one type.
 */
public final class Participation {

    private static final Set<Role> ORGANISERS =
            EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.COUNTY_ADMIN, Role.CITY_ADMIN, Role.REGION_ADMIN);
    private static final Set<Role> PROPOSERS =
            EnumSet.of(Role.RESIDENT, Role.PARTY_MEMBER, Role.BUILDING_HEAD, Role.GRID_WORKER, Role.GRID_LEADER);

    private Participation() {}

    /** Whether the actor lives or works in the community, or oversees it. */
    public static boolean belongsTo(Actor actor, String community) {
        return actor.scope().contains(community) || actor.scope().prefix().startsWith(community);
    }

    /** Residents, party members, grid workers (door to door) and the staff over the community propose. */
    public static boolean mayPropose(Actor actor, String community) {
        return mayOrganise(actor, community)
                || (belongsTo(actor, community) && actor.roles().stream().anyMatch(PROPOSERS::contains));
    }

    /** Community or street staff (and administrators) whose area holds the community. */
    public static boolean mayOrganise(Actor actor, String community) {
        return actor.scope().contains(community) && actor.roles().stream().anyMatch(ORGANISERS::contains);
    }

    /** Those who attended, and the residents of the community, rate a resolution once its tasks are done. */
    public static boolean mayRate(Actor actor, String community, boolean attended) {
        return attended || (actor.has(Role.RESIDENT) && actor.scope().prefix().startsWith(community));
    }
}
