package org.redgrid.engagement;

import java.util.EnumSet;
import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Role;

/**
 * Who may do what in engagement, asked by the API and the pages alike. The community (and the levels
 * above it) approves registrations and organises teams, activities and manual awards inside its scope;
 * a member acts for themself; an employer unit reads the service records of its own members only.
 */
public final class EngagementGuards {

    private static final Set<Role> ORGANISERS =
            EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.COUNTY_ADMIN, Role.CITY_ADMIN, Role.REGION_ADMIN);

    private EngagementGuards() {}

    /** Staff of the community or above, inside whose scope the place lies. */
    public static boolean mayOrganise(Actor actor, String place) {
        return actor.roles().stream().anyMatch(ORGANISERS::contains)
                && actor.scope().contains(place);
    }

    /** The community approves a registration at it (双报到 审核). */
    public static boolean mayApprove(Actor actor, String community, RegistrationStatus status) {
        return status == RegistrationStatus.PENDING && mayOrganise(actor, community);
    }

    /** A member signs up and checks in themself; staff may record it for a member of their area. */
    public static boolean mayActFor(Actor actor, Long actorsPerson, long member, String memberGrid) {
        return (actorsPerson != null && actorsPerson == member) || mayOrganise(actor, memberGrid);
    }

    /**
     * A service record (双报告) is read by the member, by staff over the member's home grid, and by the
     * employer unit's own logins for its own members.
     */
    public static boolean mayReadRecord(
            Actor actor, Long actorsPerson, long member, String memberGrid, String employerCode) {
        if (mayActFor(actor, actorsPerson, member, memberGrid)) return true;
        return actor.has(Role.DEPARTMENT)
                && actor.partnerUnit() != null
                && actor.partnerUnit().equals(employerCode);
    }

    /** Point rules are set per county by the county's administrators or those above them. */
    public static boolean maySetRules(Actor actor, String county) {
        return actor.administers() && actor.scope().contains(county);
    }
}
