package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 处理前 / 处理后: which photos show the problem and which the work done. */
class PhotoStageTest {

    private static final Instant REPORTED = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant ACCEPTED = REPORTED.plusSeconds(3600);

    private static AttachmentView photo(String by, Instant at) {
        return new AttachmentView(1, 1, "p.jpg", "image/jpeg", 10, "00", by, at);
    }

    private static CaseEventView event(String action, Instant at) {
        return new CaseEventView(1, action, null, null, "x", at, null, null);
    }

    @Test
    void theReportersPhotoShowsTheProblemBeforeEvenWhenAddedLater() {
        assertThat(PhotoStage.of(photo("resident.zhang", ACCEPTED.plusSeconds(60)), "resident.zhang", ACCEPTED))
                .isEqualTo(PhotoStage.BEFORE);
    }

    @Test
    void theHandlersPhotoAfterTheHandlingBeganShowsTheWorkDone() {
        assertThat(PhotoStage.of(photo("taoyuan.grid1", ACCEPTED), "resident.zhang", ACCEPTED))
                .isEqualTo(PhotoStage.AFTER);
    }

    @Test
    void aStaffPhotoTakenAtIntakeBeforeAnyHandlingShowsTheProblem() {
        assertThat(PhotoStage.of(photo("taoyuan.grid1", REPORTED), "resident.zhang", null))
                .isEqualTo(PhotoStage.BEFORE);
        assertThat(PhotoStage.of(photo("taoyuan.grid1", REPORTED), "resident.zhang", ACCEPTED))
                .isEqualTo(PhotoStage.BEFORE);
    }

    @Test
    void theHandlingBeginsAtTheFirstAcceptClaimReportInTakeOverOrReportBack() {
        List<CaseEventView> events = List.of(
                event("CREATE", REPORTED), event("DISPATCH", REPORTED.plusSeconds(10)), event("ACCEPT", ACCEPTED));

        assertThat(PhotoStage.handlingSince(events)).isEqualTo(ACCEPTED);
        assertThat(PhotoStage.handlingSince(events.subList(0, 2))).isNull();
    }
}
