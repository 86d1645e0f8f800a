package org.redgrid.deliberation.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redgrid.deliberation.Voter;
import org.redgrid.identity.Identity;
import org.redgrid.organization.Organization;
import org.redgrid.people.People;
import org.redgrid.people.PersonView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Resolves who is meant: a voter given as a username or a registered person's id, and invitees given
 * as usernames, {@code ROLE:<role>} over the community or {@code UNIT:<credit code>}.
 */
@Component
public class Voters {

    private final People people;
    private final Identity identity;
    private final Organization organization;

    Voters(People people, Identity identity, Organization organization) {
        this.people = people;
        this.identity = identity;
        this.organization = organization;
    }

    /** The voter meant by {@code raw}, looked up as the current actor (who must see the person). */
    public Voter resolve(String field, String raw) {
        String given = raw == null ? "" : raw.trim();
        if (given.startsWith(Voter.PERSON_PREFIX)) given = given.substring(Voter.PERSON_PREFIX.length());
        if (given.matches("\\d{1,15}")) {
            try {
                return ofPerson(people.person(Long.parseLong(given)));
            } catch (NotFound unknown) {
                throw unknown(field, raw);
            }
        }
        String username = given;
        return identity.actorOf(username).map(Voters::ofActor).orElseThrow(() -> unknown(field, raw));
    }

    public static Voter ofActor(Actor actor) {
        boolean resident = actor.has(Role.RESIDENT) || actor.has(Role.PARTY_MEMBER);
        return new Voter(
                actor.username(), actor.displayName(), actor.scope().prefix(), null, resident, actor.partnerUnit());
    }

    static Voter ofPerson(PersonView person) {
        return new Voter(
                Voter.PERSON_PREFIX + person.id(), person.name(), person.gridCode(), person.householdId(), true, null);
    }

    /** Whether the reference names a party member: a user with that role or a registered member. */
    public boolean isPartyMember(String reference) {
        if (reference.matches("\\d{1,15}")) {
            try {
                return people.person(Long.parseLong(reference)).partyMembership() != null;
            } catch (NotFound unknown) {
                return false;
            }
        }
        return identity.actorOf(reference).map(a -> a.has(Role.PARTY_MEMBER)).orElse(false);
    }

    private static final Set<Role> OFFICIALS =
            EnumSet.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.COUNTY_ADMIN, Role.CITY_ADMIN, Role.REGION_ADMIN);

    /** The usernames the invitees stand for; an unknown invitee is refused naming it. */
    public Set<String> recipients(List<String> invitees, String community) {
        Set<String> usernames = new LinkedHashSet<>();
        for (String raw : invitees) {
            String invitee = raw == null ? "" : raw.trim();
            if (invitee.startsWith("ROLE:")) {
                Role role = role(invitee.substring(5));
                usernames.addAll(identity.usernamesAt(community.substring(0, officialLevel(role)), role));
            } else if (invitee.startsWith("UNIT:")) {
                String unit = invitee.substring(5);
                if (organization.partnerUnit(unit).isEmpty()) throw unknown("invitees", raw);
                usernames.addAll(identity.usernamesOfUnit(unit));
            } else if (identity.userExists(invitee)) {
                usernames.add(invitee);
            } else {
                throw unknown("invitees", raw);
            }
        }
        return usernames;
    }

    private static Role role(String name) {
        try {
            Role role = Role.valueOf(name);
            if (OFFICIALS.contains(role)) return role;
        } catch (IllegalArgumentException unknown) {
            // answered below, like a role that is no official's
        }
        throw new InvalidValue(
                "invitees", "invitee.role", "只能按职务邀请社区、街道（乡镇）、旗县区、盟市或自治区工作人员", "invite by an official's role only");
    }

    private static int officialLevel(Role role) {
        return switch (role) {
            case COMMUNITY_STAFF -> 12;
            case STREET_STAFF -> 9;
            case COUNTY_ADMIN -> 6;
            case CITY_ADMIN -> 4;
            default -> 2;
        };
    }

    private static InvalidValue unknown(String field, String raw) {
        return new InvalidValue(field, "person.unknown", "找不到此人或单位：" + raw, "no such person or unit: " + raw);
    }
}
