package org.redgrid.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class EntitlementTest {

    static final String VILLAGE = "152224102217";

    static Voter villager(String key, Long household) {
        return new Voter(key, key, VILLAGE + "001", household, true, null);
    }

    @Test
    void aResidentOfTheVillageMayVoteAtItsMelonShedMeetingAndAnOutsiderMayNot() {
        Entitlement residents = MeetingType.MELON_SHED.entitlement();
        assertThat(residents.admits(villager("person:1", 7L), VILLAGE)).isTrue();
        assertThat(residents.admits(new Voter("person:2", "外村", "152224102216001", 8L, true, null), VILLAGE))
                .isFalse();
    }

    @Test
    void staffAndUnitsAreNoResidentsAndDoNotVoteAsResidents() {
        Voter staff = new Voter("dongquan.village", "村委", VILLAGE, null, false, null);
        Voter unit = new Voter("gas.dept", "燃气", "150105", null, false, "91150105MA0XECCCFC");
        assertThat(Entitlement.COMMUNITY_RESIDENTS.admits(staff, VILLAGE)).isFalse();
        assertThat(Entitlement.HOUSEHOLD_REPRESENTATIVES.admits(unit, VILLAGE)).isFalse();
    }

    @Test
    void twoMembersOfOneHouseholdShareOneBallotAmongHouseholdRepresentativesButNotAmongResidents() {
        Voter father = villager("person:1", 7L);
        Voter son = villager("person:3", 7L);
        assertThat(Entitlement.HOUSEHOLD_REPRESENTATIVES.ballotOf(father))
                .isEqualTo(Entitlement.HOUSEHOLD_REPRESENTATIVES.ballotOf(son));
        assertThat(Entitlement.COMMUNITY_RESIDENTS.ballotOf(father))
                .isNotEqualTo(Entitlement.COMMUNITY_RESIDENTS.ballotOf(son));
    }

    @Test
    void aMemberUnitVotesOnceWhoeverSpeaksForIt() {
        Voter one = new Voter("gas.dept", "陈", "150105", null, false, "91150105MA0XECCCFC");
        Voter other = new Voter("gas.dept2", "王", "150105", null, false, "91150105MA0XECCCFC");
        assertThat(Entitlement.MEMBER_UNITS.admits(one, VILLAGE)).isTrue();
        assertThat(Entitlement.MEMBER_UNITS.ballotOf(one)).isEqualTo(Entitlement.MEMBER_UNITS.ballotOf(other));
        assertThat(Entitlement.MEMBER_UNITS.admits(villager("person:1", 7L), VILLAGE))
                .isFalse();
    }

    @Test
    void onlyStaffOverTheCommunityOrganiseWhileItsResidentsProposeAndRate() {
        Actor community = new Actor("c", "c", Set.of(Role.COMMUNITY_STAFF), DataScope.of(VILLAGE), null);
        Actor town = new Actor("t", "t", Set.of(Role.STREET_STAFF), DataScope.of("152224102"), null);
        Actor resident = new Actor("r", "r", Set.of(Role.RESIDENT), DataScope.of(VILLAGE + "001"), null);
        Actor gridWorker = new Actor("g", "g", Set.of(Role.GRID_WORKER), DataScope.of(VILLAGE + "001"), null);
        Actor elsewhere = new Actor("e", "e", Set.of(Role.COMMUNITY_STAFF), DataScope.of("150105004015"), null);
        assertThat(Participation.mayOrganise(community, VILLAGE)).isTrue();
        assertThat(Participation.mayOrganise(town, VILLAGE)).isTrue();
        assertThat(Participation.mayOrganise(gridWorker, VILLAGE)).isFalse();
        assertThat(Participation.mayOrganise(elsewhere, VILLAGE)).isFalse();
        assertThat(Participation.mayPropose(resident, VILLAGE)).isTrue();
        assertThat(Participation.mayPropose(gridWorker, VILLAGE)).isTrue();
        assertThat(Participation.mayPropose(elsewhere, VILLAGE)).isFalse();
        assertThat(Participation.mayRate(resident, VILLAGE, false)).isTrue();
        assertThat(Participation.mayRate(gridWorker, VILLAGE, false)).isFalse();
        assertThat(Participation.mayRate(town, VILLAGE, true)).isTrue();
    }
}
