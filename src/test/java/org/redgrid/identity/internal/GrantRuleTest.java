package org.redgrid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;

class GrantRuleTest {

    private static final Set<Role> BELOW_ADMINISTRATORS =
            EnumSet.complementOf(EnumSet.of(Role.COUNTY_ADMIN, Role.CITY_ADMIN, Role.REGION_ADMIN));

    /** Written out by hand, not derived from the rule's ranks: what each role may grant. */
    private static final Map<Role, Set<Role>> GRANTABLE = Map.of(
            Role.REGION_ADMIN, EnumSet.allOf(Role.class),
            Role.CITY_ADMIN, union(BELOW_ADMINISTRATORS, Role.COUNTY_ADMIN, Role.CITY_ADMIN),
            Role.COUNTY_ADMIN, union(BELOW_ADMINISTRATORS, Role.COUNTY_ADMIN));

    private static Set<Role> union(Set<Role> roles, Role... more) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.addAll(Set.of(more));
        return all;
    }

    static Stream<Arguments> everyGranterAndGrantedRole() {
        return Stream.of(Role.values())
                .flatMap(granter -> Stream.of(Role.values())
                        .map(granted -> Arguments.of(
                                granter,
                                granted,
                                GRANTABLE.getOrDefault(granter, Set.of()).contains(granted) ? "may" : "may not")));
    }

    @ParameterizedTest(name = "{0} {2} grant {1}")
    @MethodSource("everyGranterAndGrantedRole")
    void aGranterGrantsOnlyRolesUpToItsOwnRank(Role granter, Role granted, String verdict) {
        GrantRule rule = new GrantRule(Set.of(granter), DataScope.of("15"));

        assertThat(rule.mayGrant(granted)).isEqualTo(verdict.equals("may"));
        if (verdict.equals("may")) {
            assertThatCode(() -> rule.check(Set.of(granted), DataScope.of(placeOfItsLevel(granted))))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rule.check(Set.of(granted), DataScope.of("150105")))
                    .isInstanceOf(Forbidden.class);
        }
    }

    private static String placeOfItsLevel(Role role) {
        return switch (role) {
            case REGION_ADMIN -> "15";
            case CITY_ADMIN -> "1501";
            default -> "150105";
        };
    }

    @Test
    void anAdministratorIsBoundOnlyToAPlaceOfItsOwnLevel() {
        GrantRule region = new GrantRule(Set.of(Role.REGION_ADMIN), DataScope.of("15"));

        InvalidValue countyRegionAdmin = catchThrowableOfType(
                InvalidValue.class, () -> region.check(Set.of(Role.REGION_ADMIN), DataScope.of("150105")));
        assertThat(countyRegionAdmin.field()).isEqualTo("scope");
        assertThat(countyRegionAdmin.rule()).isEqualTo("scope.role-level");
        assertThatThrownBy(() -> region.check(Set.of(Role.CITY_ADMIN), DataScope.of("15")))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> region.check(Set.of(Role.COUNTY_ADMIN, Role.RESIDENT), DataScope.of("150105004")))
                .isInstanceOf(InvalidValue.class);
        assertThatCode(() -> region.check(Set.of(Role.COUNTY_ADMIN, Role.RESIDENT), DataScope.of("150105")))
                .doesNotThrowAnyException();
        assertThatCode(() -> region.check(Set.of(Role.GRID_WORKER), DataScope.of("150105004015001")))
                .doesNotThrowAnyException();
    }

    @Test
    void aCountyAdministratorCannotCreateARegionAdministratorEvenInsideItsCounty() {
        GrantRule county = new GrantRule(Set.of(Role.COUNTY_ADMIN), DataScope.of("150105"));

        Forbidden refused = catchThrowableOfType(
                Forbidden.class,
                () -> county.check(Set.of(Role.GRID_WORKER, Role.REGION_ADMIN), DataScope.of("150105")));

        assertThat(refused.messageZh()).contains("角色");
    }

    @Test
    void theHighestRoleOfAGranterHoldingSeveralCounts() {
        GrantRule rule = new GrantRule(Set.of(Role.GRID_WORKER, Role.CITY_ADMIN), DataScope.of("1501"));

        assertThat(rule.mayGrant(Role.CITY_ADMIN)).isTrue();
        assertThat(rule.mayGrant(Role.REGION_ADMIN)).isFalse();
    }

    @Test
    void noScopeOutsideTheGrantersOwnIsGranted() {
        GrantRule county = new GrantRule(Set.of(Role.COUNTY_ADMIN), DataScope.of("150105"));

        assertThat(county.mayBindTo("150105004015001")).isTrue();
        assertThat(county.mayBindTo("1501")).isFalse();
        assertThat(county.mayBindTo("150102001001")).isFalse();
        assertThatThrownBy(() -> county.check(Set.of(Role.GRID_WORKER), DataScope.of("15")))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aCountyAdministratorDoesNotManageACityAdministratorInsideItsCounty() {
        GrantRule county = new GrantRule(Set.of(Role.COUNTY_ADMIN), DataScope.of("150105"));

        assertThat(county.mayManage(Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF)))
                .isTrue();
        assertThat(county.mayManage(Set.of(Role.GRID_WORKER, Role.CITY_ADMIN))).isFalse();
    }

    @Test
    void staffWhoAdministerNothingGrantNothing() {
        GrantRule street = new GrantRule(Set.of(Role.STREET_STAFF, Role.COMMUNITY_STAFF), DataScope.of("150105004"));

        assertThat(street.mayGrant(Role.RESIDENT)).isFalse();
        assertThat(street.mayBindTo("150105004015")).isFalse();
        assertThat(street.mayManage(Set.of(Role.RESIDENT))).isFalse();
    }
}
