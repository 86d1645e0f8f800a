package org.redgrid.representation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class RepresentationGuardsTest {

    static final String SHUNYUAN = "150502009018";

    static Actor actor(String username, String scope, Role... roles) {
        return new Actor(username, username, Set.of(roles), DataScope.of(scope), null);
    }

    final Actor street = actor("hongxing.street", "150502009", Role.STREET_STAFF);
    final Actor otherStreet = actor("dxdl.street", "150105004", Role.STREET_STAFF);
    final Actor community = actor("shunyuan.community", SHUNYUAN, Role.COMMUNITY_STAFF);
    final Actor rep = actor("hongxing.rep", SHUNYUAN, Role.REPRESENTATIVE);
    final Actor resident = actor("resident.zhang", "150105004015001", Role.RESIDENT);

    @Test
    void theStreetOfficeSetsUpStationsInsideItsStreetOnly() {
        assertThat(RepresentationGuards.mayOrganise(street, SHUNYUAN)).isTrue();
        assertThat(RepresentationGuards.mayOrganise(otherStreet, SHUNYUAN)).isFalse();
    }

    @Test
    void communityStaffDoNotSetUpStations() {
        assertThat(RepresentationGuards.mayOrganise(community, SHUNYUAN)).isFalse();
    }

    @Test
    void onlyTheRepresentativeWrittenToAnswers() {
        assertThat(RepresentationGuards.mayAnswer(rep, "hongxing.rep")).isTrue();
        assertThat(RepresentationGuards.mayAnswer(street, "hongxing.rep")).isFalse();
        assertThat(RepresentationGuards.mayAnswer(actor("hongxing.rep", SHUNYUAN, Role.RESIDENT), "hongxing.rep"))
                .isFalse();
    }

    @Test
    void aMessageBecomesACaseOnce() {
        assertThat(RepresentationGuards.mayTurnIntoCase(rep, "hongxing.rep", null))
                .isTrue();
        assertThat(RepresentationGuards.mayTurnIntoCase(rep, "hongxing.rep", 42L))
                .isFalse();
    }

    @Test
    void aMessageIsReadByItsWriterItsRepresentativeAndTheOfficeOfItsStation() {
        assertThat(RepresentationGuards.mayRead(resident, "resident.zhang", "hongxing.rep", SHUNYUAN))
                .isTrue();
        assertThat(RepresentationGuards.mayRead(rep, "resident.zhang", "hongxing.rep", SHUNYUAN))
                .isTrue();
        assertThat(RepresentationGuards.mayRead(street, "resident.zhang", "hongxing.rep", SHUNYUAN))
                .isTrue();
        assertThat(RepresentationGuards.mayRead(otherStreet, "resident.zhang", "hongxing.rep", SHUNYUAN))
                .isFalse();
        assertThat(RepresentationGuards.mayRead(
                        actor("resident.li", SHUNYUAN, Role.RESIDENT), "resident.zhang", "hongxing.rep", SHUNYUAN))
                .isFalse();
    }

    @Test
    void aMessageWithoutAnAuthorIsReadByNoResident() {
        assertThat(RepresentationGuards.mayRead(resident, null, "hongxing.rep", SHUNYUAN))
                .isFalse();
    }
}
