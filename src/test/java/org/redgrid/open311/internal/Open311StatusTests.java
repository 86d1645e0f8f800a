package org.redgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseStatus;
import org.redgrid.shared.InvalidValue;

class Open311StatusTests {

    @Test
    void aCaseIsOpenUntilItIsClosedRatedOrNotTakenUp() {
        for (CaseStatus status : List.of(
                CaseStatus.INTAKE,
                CaseStatus.FILED,
                CaseStatus.DISPATCHED,
                CaseStatus.HANDLING,
                CaseStatus.REPORTED,
                CaseStatus.VERIFIED)) {
            assertThat(Open311Status.of(status)).as(status.name()).isEqualTo(Open311Status.OPEN);
        }
        for (CaseStatus status : List.of(CaseStatus.CLOSED, CaseStatus.RATED, CaseStatus.CANCELLED)) {
            assertThat(Open311Status.of(status)).as(status.name()).isEqualTo(Open311Status.CLOSED);
        }
    }

    @Test
    void theWireNamesAreTheSpecificationsLowerCaseWords() {
        assertThat(Open311Status.OPEN.wireName()).isEqualTo("open");
        assertThat(Open311Status.CLOSED.wireName()).isEqualTo("closed");
    }

    @Test
    void aFilterNamingOneStatusAsksForItAndOneNamingNoneOrBothAsksForAll() {
        assertThat(Open311Status.filter(List.of("closed"))).contains(Open311Status.CLOSED);
        assertThat(Open311Status.filter(List.of("open", "open"))).contains(Open311Status.OPEN);
        assertThat(Open311Status.filter(List.of("open", "closed"))).isEmpty();
        assertThat(Open311Status.filter(List.of())).isEmpty();
    }

    @Test
    void aStatusOtherThanOpenOrClosedIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Open311Status.filter(List.of("open", "pending")))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo("status");
                    assertThat(refused.rule()).isEqualTo("status.value");
                });
    }

    @Test
    void statusNotesAreTheCaseStatusInWordsFollowedByWhatStaffWrote() {
        assertThat(Open311Status.notes(CaseStatus.CLOSED, "路灯已修复", false)).isEqualTo("已结案：路灯已修复");
        assertThat(Open311Status.notes(CaseStatus.DISPATCHED, null, false)).isEqualTo("已派遣");
        assertThat(Open311Status.notes(CaseStatus.DISPATCHED, null, true)).isEqualTo("dispatched");
    }
}
