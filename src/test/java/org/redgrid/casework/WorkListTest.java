package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

class WorkListTest {

    @Test
    void everyListIsFoundByItsOwnApiName() {
        for (WorkList list : WorkList.values()) {
            assertThat(WorkList.ofApiName(list.apiName())).isEqualTo(list);
        }
    }

    @Test
    void theCasesIReportedAreCalledReportedAndMyTasksAssigned() {
        assertThat(WorkList.ofApiName("reported")).isEqualTo(WorkList.REPORTED_BY_ME);
        assertThat(WorkList.ofApiName("assigned")).isEqualTo(WorkList.ASSIGNED);
    }

    @Test
    void aNameInCapitalsIsTheSameList() {
        assertThat(WorkList.ofApiName("Inbox")).isEqualTo(WorkList.INBOX);
    }

    @Test
    void theEnumsOwnNameIsNotAnApiNameWhenTheyDiffer() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> WorkList.ofApiName("reported_by_me"));

        assertThat(refused.field()).isEqualTo("list");
    }

    @Test
    void anUnknownNameIsRefusedNamingListAndEveryAllowedName() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> WorkList.ofApiName("todo"));

        assertThat(refused.field()).isEqualTo("list");
        assertThat(refused.rule()).isEqualTo("work-list.unknown");
        assertThat(refused.messageEn())
                .contains("assigned", "inbox", "escalated", "overdue", "whistled", "reported", "board");
        assertThat(refused.messageZh()).contains("assigned", "board");
    }
}
