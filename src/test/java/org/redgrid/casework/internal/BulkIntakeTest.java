package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class BulkIntakeTest {

    static Actor actor(Role role, String scope) {
        return new Actor("someone", "某人", Set.of(role), DataScope.of(scope), null);
    }

    @Test
    void staffDepartmentsAndChannelDesksFileInBulkButResidentsDoNot() {
        assertThat(BulkIntake.mayFileInBulk(actor(Role.STREET_STAFF, "150105004")))
                .isTrue();
        assertThat(BulkIntake.mayFileInBulk(actor(Role.GRID_WORKER, "150105004015001")))
                .isTrue();
        assertThat(BulkIntake.mayFileInBulk(actor(Role.DEPARTMENT, "150105"))).isTrue();
        assertThat(BulkIntake.mayFileInBulk(actor(Role.RESIDENT, "150105004015001")))
                .isFalse();
        assertThat(BulkIntake.mayFileInBulk(actor(Role.PARTY_MEMBER, "150105004015001")))
                .isFalse();
    }

    @Test
    void aDepartmentFilesOnlyInGridsInsideItsScope() {
        Actor department = actor(Role.DEPARTMENT, "150105");
        assertThat(BulkIntake.mayFileIn(department, "150105004015001")).isTrue();
        assertThat(BulkIntake.mayFileIn(department, "152224102217001")).isFalse();
    }

    @Test
    void aRequestCarriesOneToFiveHundredCases() {
        assertThat(BulkIntake.fitsOneRequest(0)).isFalse();
        assertThat(BulkIntake.fitsOneRequest(1)).isTrue();
        assertThat(BulkIntake.fitsOneRequest(500)).isTrue();
        assertThat(BulkIntake.fitsOneRequest(501)).isFalse();
    }
}
