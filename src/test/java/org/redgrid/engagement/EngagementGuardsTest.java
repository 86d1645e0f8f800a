package org.redgrid.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

/** Who approves, organises, acts for a member and reads a service record. */
class EngagementGuardsTest {

    static final String TAOYUAN = "150105004015";
    static final String GRID = "150105004015001";
    static final String GAS = "91150105MA0XECCCFC";

    static Actor actor(Role role, String scope, String unit) {
        return new Actor("someone", "someone", Set.of(role), DataScope.of(scope), unit);
    }

    @Test
    void theCommunityApprovesARegistrationAtItOnlyWhilePending() {
        Actor community = actor(Role.COMMUNITY_STAFF, TAOYUAN, null);

        assertThat(EngagementGuards.mayApprove(community, TAOYUAN, RegistrationStatus.PENDING))
                .isTrue();
        assertThat(EngagementGuards.mayApprove(community, TAOYUAN, RegistrationStatus.APPROVED))
                .isFalse();
        assertThat(EngagementGuards.mayApprove(community, "150105003002", RegistrationStatus.PENDING))
                .isFalse();
    }

    @Test
    void aGridWorkerDoesNotApproveRegistrations() {
        assertThat(EngagementGuards.mayApprove(
                        actor(Role.GRID_WORKER, GRID, null), TAOYUAN, RegistrationStatus.PENDING))
                .isFalse();
    }

    @Test
    void aMemberActsForThemselfButNotForAnotherMember() {
        Actor member = actor(Role.PARTY_MEMBER, GRID, null);

        assertThat(EngagementGuards.mayActFor(member, 5L, 5, GRID)).isTrue();
        assertThat(EngagementGuards.mayActFor(member, 5L, 6, GRID)).isFalse();
        assertThat(EngagementGuards.mayActFor(member, null, 5, GRID)).isFalse();
    }

    @Test
    void anEmployerReadsTheRecordsOfItsOwnMembersOnly() {
        Actor gas = actor(Role.DEPARTMENT, "150105", GAS);

        assertThat(EngagementGuards.mayReadRecord(gas, null, 5, GRID, GAS)).isTrue();
        assertThat(EngagementGuards.mayReadRecord(gas, null, 6, GRID, "12152224987929347L"))
                .isFalse();
        assertThat(EngagementGuards.mayReadRecord(gas, null, 7, GRID, null)).isFalse();
    }

    @Test
    void pointRulesAreSetByTheCountysAdministrators() {
        assertThat(EngagementGuards.maySetRules(actor(Role.COUNTY_ADMIN, "150105", null), "150105"))
                .isTrue();
        assertThat(EngagementGuards.maySetRules(actor(Role.COUNTY_ADMIN, "150105", null), "152224"))
                .isFalse();
        assertThat(EngagementGuards.maySetRules(actor(Role.COMMUNITY_STAFF, TAOYUAN, null), "150105"))
                .isFalse();
    }
}
