package org.redgrid.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.people.MoveInStatus;
import org.redgrid.people.internal.MoveInRule.Collision;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class MoveInRuleTest {

    static final String HOLDER_GRID = "150102101205001";

    static Actor actor(Role role, String scope) {
        return new Actor("someone", "某人", Set.of(role), DataScope.of(scope), null);
    }

    @Test
    void aNumberRegisteredNowhereIsNoCollision() {
        assertThat(MoveInRule.collision(DataScope.of("150105004015001"), Optional.empty()))
                .isEqualTo(Collision.NONE);
    }

    @Test
    void aNumberRegisteredInsideTheRegistrarsScopeIsADuplicateTheyMayBeTold() {
        assertThat(MoveInRule.collision(DataScope.of("150105004015"), Optional.of("150105004015002")))
                .isEqualTo(Collision.IN_SCOPE);
    }

    @Test
    void aNumberRegisteredInTheNeighbouringGridIsElsewhereForAGridWorker() {
        assertThat(MoveInRule.collision(DataScope.of("150105004015001"), Optional.of("150105004015002")))
                .isEqualTo(Collision.ELSEWHERE);
    }

    @Test
    void theHoldersCommunityStaffMayDecide() {
        assertThat(MoveInRule.mayDecide(actor(Role.COMMUNITY_STAFF, "150102101205"), HOLDER_GRID))
                .isTrue();
    }

    @Test
    void aStreetOrCountyAboveTheHolderMayDecide() {
        assertThat(MoveInRule.mayDecide(actor(Role.STREET_STAFF, "150102101"), HOLDER_GRID))
                .isTrue();
        assertThat(MoveInRule.mayDecide(actor(Role.COUNTY_ADMIN, "150102"), HOLDER_GRID))
                .isTrue();
    }

    @Test
    void aGridWorkerOfTheHoldingGridRegistersButDoesNotDecide() {
        assertThat(MoveInRule.mayDecide(actor(Role.GRID_WORKER, HOLDER_GRID), HOLDER_GRID))
                .isFalse();
    }

    @Test
    void anotherCommunityMayNotDecide() {
        assertThat(MoveInRule.mayDecide(actor(Role.COMMUNITY_STAFF, "150105004015"), HOLDER_GRID))
                .isFalse();
    }

    @Test
    void aRoleOutsideTheRegistryMayNotDecideEvenInScope() {
        assertThat(MoveInRule.mayDecide(actor(Role.DEPARTMENT, "150102"), HOLDER_GRID))
                .isFalse();
        assertThat(MoveInRule.mayDecide(actor(Role.RESIDENT, "150102101205"), HOLDER_GRID))
                .isFalse();
    }

    @Test
    void onlyAPendingRequestMayBeDecided() {
        MoveInRule.requirePending(MoveInStatus.PENDING);
        for (MoveInStatus decided :
                new MoveInStatus[] {MoveInStatus.ACCEPTED, MoveInStatus.DECLINED, MoveInStatus.LAPSED}) {
            assertThatThrownBy(() -> MoveInRule.requirePending(decided))
                    .isInstanceOf(Conflict.class)
                    .extracting(e -> ((Conflict) e).rule())
                    .isEqualTo("move-in.decided");
        }
    }
}
