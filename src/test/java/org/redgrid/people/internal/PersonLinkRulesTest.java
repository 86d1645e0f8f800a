package org.redgrid.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.people.PersonLinkStatus;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;

class PersonLinkRulesTest {

    static final String GRID = "150105004015001";

    static Actor actor(Role role, String scope) {
        return new Actor("someone", "某人", Set.of(role), DataScope.of(scope), null);
    }

    @Test
    void anUnlinkedResidentWithoutAnOpenRequestMayAsk() {
        assertThatCode(() -> PersonLinkRules.requireMayAsk(actor(Role.RESIDENT, "15"), false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void aResidentWithAPendingRequestMayNotAskAgain() {
        assertThatThrownBy(() -> PersonLinkRules.requireMayAsk(actor(Role.RESIDENT, "15"), false, true))
                .isInstanceOfSatisfying(
                        Conflict.class, conflict -> assertThat(conflict.rule()).isEqualTo("person-link.open"));
    }

    @Test
    void aLinkedResidentMayNotAskAgain() {
        assertThatThrownBy(() -> PersonLinkRules.requireMayAsk(actor(Role.RESIDENT, GRID), true, false))
                .isInstanceOfSatisfying(
                        Conflict.class, conflict -> assertThat(conflict.rule()).isEqualTo("person-link.linked"));
    }

    @Test
    void staffAccountsDoNotAskToBeLinked() {
        assertThatThrownBy(
                        () -> PersonLinkRules.requireMayAsk(actor(Role.COMMUNITY_STAFF, "150105004015"), false, false))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void communityStaffDecideRequestsForTheirOwnGrids() {
        assertThat(PersonLinkRules.mayDecide(actor(Role.COMMUNITY_STAFF, "150105004015"), GRID))
                .isTrue();
    }

    @Test
    void aStreetOrCountyAboveTheGridDecidesToo() {
        assertThat(PersonLinkRules.mayDecide(actor(Role.STREET_STAFF, "150105004"), GRID))
                .isTrue();
        assertThat(PersonLinkRules.mayDecide(actor(Role.COUNTY_ADMIN, "150105"), GRID))
                .isTrue();
    }

    @Test
    void communityStaffOfAnotherCommunityCannotDecide() {
        assertThat(PersonLinkRules.mayDecide(actor(Role.COMMUNITY_STAFF, "150102101205"), GRID))
                .isFalse();
    }

    @Test
    void aGridWorkerDoesNotDecideEvenInTheirOwnGrid() {
        assertThat(PersonLinkRules.mayDecide(actor(Role.GRID_WORKER, GRID), GRID))
                .isFalse();
    }

    @Test
    void aPartnerDepartmentDoesNotDecide() {
        assertThat(PersonLinkRules.mayDecide(actor(Role.DEPARTMENT, "150105"), GRID))
                .isFalse();
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        assertThatCode(() -> PersonLinkRules.requirePending(PersonLinkStatus.PENDING))
                .doesNotThrowAnyException();
        for (PersonLinkStatus decided : Set.of(PersonLinkStatus.CONFIRMED, PersonLinkStatus.DECLINED)) {
            assertThatThrownBy(() -> PersonLinkRules.requirePending(decided))
                    .isInstanceOfSatisfying(
                            Conflict.class,
                            conflict -> assertThat(conflict.rule()).isEqualTo("person-link.decided"));
        }
    }

    @Test
    void theChosenPersonMustBeRegisteredInTheRequestsGrid() {
        assertThatCode(() -> PersonLinkRules.requirePersonInGrid(GRID, Optional.of(GRID)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PersonLinkRules.requirePersonInGrid(GRID, Optional.of("150105004015002")))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("personId"));
    }

    @Test
    void anUnknownOrOutOfScopePersonIsRefusedNamingPersonId() {
        assertThatThrownBy(() -> PersonLinkRules.requirePersonInGrid(GRID, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("personId"));
    }
}
