package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class ArchiveRolesTest {

    static Actor actor(Role role, String scope) {
        return new Actor("someone", "某人", Set.of(role), DataScope.of(scope), null);
    }

    @Test
    void residentsGridWorkersAndPartnerUnitsReadNoPersonnelFile() {
        assertThat(ArchiveRoles.mayRead(actor(Role.RESIDENT, "150105004015001")))
                .isFalse();
        assertThat(ArchiveRoles.mayRead(actor(Role.GRID_WORKER, "150105004015001")))
                .isFalse();
        assertThat(ArchiveRoles.mayRead(actor(Role.DEPARTMENT, "150105"))).isFalse();
        assertThat(ArchiveRoles.mayRead(actor(Role.COMMUNITY_STAFF, "150105004015")))
                .isTrue();
    }

    @Test
    void aKeeperKeepsOnlyTheFilesOfTheirOwnUnitNotThoseOfTheCountiesBelow() {
        Actor city = actor(Role.ARCHIVE_KEEPER, "1501");

        assertThat(ArchiveRoles.keeps(city, "1501")).isTrue();
        assertThat(ArchiveRoles.keeps(city, "150105")).isFalse();
        assertThat(ArchiveRoles.oversees(city, "150105")).isTrue();
    }

    @Test
    void theCountyAdministratorOverseesTheCountyArchiveButDoesNotKeepIt() {
        Actor county = actor(Role.COUNTY_ADMIN, "150105");

        assertThat(ArchiveRoles.oversees(county, "150105")).isTrue();
        assertThat(ArchiveRoles.keeps(county, "150105")).isFalse();
        assertThat(ArchiveRoles.oversees(county, "150102")).isFalse();
    }

    @Test
    void streetStaffDoNotOverseeTheCountyArchive() {
        assertThat(ArchiveRoles.oversees(actor(Role.STREET_STAFF, "150105004"), "150105"))
                .isFalse();
    }
}
