package org.redgrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitUndoWindowTest {

    static final Instant RECORDED = Instant.parse("2026-12-01T02:00:00Z");
    static final VisitUndoWindow WINDOW = VisitUndoWindow.ONE_MINUTE;

    @Test
    void aVisitCanBeUndoneRightAfterItWasRecorded() {
        assertThat(WINDOW.isOpen(RECORDED, RECORDED)).isTrue();
    }

    @Test
    void aVisitCanBeUndoneFiftyNineSecondsLater() {
        assertThat(WINDOW.isOpen(RECORDED, RECORDED.plusSeconds(59))).isTrue();
    }

    @Test
    void theWindowClosesExactlyOneMinuteAfterRecording() {
        assertThat(WINDOW.closesAt(RECORDED)).isEqualTo(RECORDED.plusSeconds(60));
        assertThat(WINDOW.isOpen(RECORDED, RECORDED.plusSeconds(60))).isFalse();
    }

    @Test
    void anHourLaterTheVisitStands() {
        assertThat(WINDOW.isOpen(RECORDED, RECORDED.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void onlyTheVisitorMayUndoTheirVisit() {
        assertThat(WINDOW.mayUndo("taoyuan.grid1", "taoyuan.grid1")).isTrue();
        assertThat(WINDOW.mayUndo("taoyuan.community", "taoyuan.grid1")).isFalse();
    }

    @Test
    void aWindowWithoutLengthIsNoWindow() {
        assertThatThrownBy(() -> new VisitUndoWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
