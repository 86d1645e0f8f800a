package org.redgrid.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;
import org.redgrid.training.AttendanceMode;
import org.redgrid.training.CourseMode;
import org.redgrid.training.OrderStatus;

class TrainingRulesTest {

    private static final Instant START = Instant.parse("2026-06-01T01:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));

    // Capacity

    @Test
    void aCourseAtAVenueAdmitsMembersUntilEverySeatIsTaken() {
        CourseCapacity capacity = CourseCapacity.of(CourseMode.IN_PERSON, 2);

        capacity.admit(1);
        assertThat(capacity.seatsLeft(1)).isEqualTo(1);
        assertThatThrownBy(() -> capacity.admit(2))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("course.full");
    }

    @Test
    void aCourseHeldAtAVenueNeedsACapacity() {
        assertThatThrownBy(() -> CourseCapacity.of(CourseMode.BLENDED, null))
                .isInstanceOf(InvalidValue.class)
                .extracting("field", "rule")
                .containsExactly("capacity", "course.capacity");
    }

    @Test
    void anOnlineCourseWithoutACapacityAdmitsEveryone() {
        CourseCapacity capacity = CourseCapacity.of(CourseMode.ONLINE, null);

        capacity.admit(23_000);
        assertThat(capacity.seatsLeft(23_000)).isNull();
    }

    @Test
    void aCapacityBelowOneSeatIsRefused() {
        assertThatThrownBy(() -> CourseCapacity.of(CourseMode.IN_PERSON, 0))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("capacity");
    }

    // Enrolment window

    @Test
    void enrolmentClosesWhenTheCourseStartsUnlessTheSchoolSaysOtherwise() {
        EnrolmentWindow window = EnrolmentWindow.of(START, END, null);

        assertThat(window.isOpen(START.minusSeconds(1))).isTrue();
        assertThat(window.isOpen(START)).isFalse();
        assertThatThrownBy(() -> window.check(START))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("enrolment.closed");
    }

    @Test
    void anOnlineCourseMayTakeLateEnrolmentsUntilItEndsButNotAfter() {
        EnrolmentWindow late = EnrolmentWindow.of(START, END, END);

        assertThat(late.isOpen(START.plus(Duration.ofHours(1)))).isTrue();
        assertThatThrownBy(() -> EnrolmentWindow.of(START, END, END.plusSeconds(1)))
                .isInstanceOf(InvalidValue.class)
                .extracting("field", "rule")
                .containsExactly("enrolmentClosesAt", "enrolment.window");
    }

    // Online attendance

    @Test
    void aMemberWhoStayedFourFifthsOfTheCourseOnlineAttended() {
        assertThat(OnlineAttendance.STANDARD.counts(Duration.ofMinutes(120), 96))
                .isTrue();
    }

    @Test
    void aMemberWhoLeftBeforeFourFifthsOfTheCourseDidNotAttend() {
        assertThat(OnlineAttendance.STANDARD.counts(Duration.ofMinutes(120), 95))
                .isFalse();
    }

    @Test
    void timeOnlineBeyondTheCourseCountsAsTheWholeCourseAndNoMore() {
        OnlineAttendance everyMinute = new OnlineAttendance(100);

        assertThat(everyMinute.counts(Duration.ofMinutes(90), 500)).isTrue();
        assertThat(everyMinute.counts(Duration.ofMinutes(90), 89)).isFalse();
    }

    @Test
    void onlineAttendanceWithoutMinutesOrWithNegativeMinutesIsRefused() {
        assertThatThrownBy(() -> OnlineAttendance.STANDARD.counts(Duration.ofMinutes(60), null))
                .isInstanceOf(InvalidValue.class)
                .extracting("field", "rule")
                .containsExactly("minutesOnline", "required");
        assertThatThrownBy(() -> OnlineAttendance.STANDARD.counts(Duration.ofMinutes(60), -1))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("minutesOnline");
    }

    // Signing in at the venue

    @Test
    void aMemberSignsInWithTheVenueCodeFromHalfAnHourBeforeTheStartUntilTheEnd() {
        InPersonCheckIn.check(START.minus(InPersonCheckIn.EARLY), START, END, "c0de", "c0de", false);
        InPersonCheckIn.check(END, START, END, "c0de", "c0de", false);

        assertThatThrownBy(() -> InPersonCheckIn.check(
                        START.minus(InPersonCheckIn.EARLY).minusSeconds(1), START, END, "c0de", "c0de", false))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("attendance.window");
        assertThatThrownBy(() -> InPersonCheckIn.check(END.plusSeconds(1), START, END, "c0de", "c0de", true))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aWrongVenueCodeIsRefused() {
        assertThatThrownBy(() -> InPersonCheckIn.check(START, START, END, "c0de", "other", true))
                .isInstanceOf(InvalidValue.class)
                .extracting("field", "rule")
                .containsExactly("venueCode", "attendance.venue-code");
    }

    @Test
    void onlyStaffRunningTheCourseMaySignAMemberInWithoutTheVenueCode() {
        InPersonCheckIn.check(START, START, END, "c0de", null, true);

        assertThatThrownBy(() -> InPersonCheckIn.check(START, START, END, "c0de", " ", false))
                .isInstanceOf(InvalidValue.class)
                .extracting("field", "rule")
                .containsExactly("venueCode", "required");
    }

    @Test
    void aBlendedCourseTakesBothWaysOfAttendingAndTheOthersOnlyTheirOwn() {
        assertThat(CourseMode.BLENDED.allows(AttendanceMode.IN_PERSON)).isTrue();
        assertThat(CourseMode.BLENDED.allows(AttendanceMode.ONLINE)).isTrue();
        assertThat(CourseMode.ONLINE.allows(AttendanceMode.IN_PERSON)).isFalse();
        assertThat(CourseMode.IN_PERSON.allows(AttendanceMode.ONLINE)).isFalse();
    }

    // Orders

    @Test
    void anOpenOrderIsTakenOnceAndATakenOrderIsScheduledOnce() {
        assertThat(OrderFlow.take(OrderStatus.OPEN)).isEqualTo(OrderStatus.TAKEN);
        assertThat(OrderFlow.schedule(OrderStatus.TAKEN)).isEqualTo(OrderStatus.SCHEDULED);
        assertThatThrownBy(() -> OrderFlow.take(OrderStatus.TAKEN))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("order.taken");
        assertThatThrownBy(() -> OrderFlow.schedule(OrderStatus.SCHEDULED)).isInstanceOf(Conflict.class);
    }

    @Test
    void anOrderNoTeacherHasTakenCannotBeScheduled() {
        assertThatThrownBy(() -> OrderFlow.schedule(OrderStatus.OPEN))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("order.not-taken");
    }
}
