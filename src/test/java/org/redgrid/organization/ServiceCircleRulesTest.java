package org.redgrid.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

/** The named rules of the service circle and the household norm, without Spring or SQL. */
class ServiceCircleRulesTest {

    private static final OpeningHours OFFICE =
            OpeningHours.parse("openingHours", "Mon-Fri 08:30-12:00,14:30-18:00; Sat 09:00-12:00");

    // 2026-12-02 is a Wednesday.
    private static LocalDateTime wednesday(int hour, int minute) {
        return LocalDateTime.of(2026, 12, 2, hour, minute);
    }

    @Test
    void anOfficeIsOpenOnAWeekdayMorningAndClosedOverLunch() {
        assertThat(OFFICE.openAt(wednesday(8, 30))).isTrue();
        assertThat(OFFICE.openAt(wednesday(11, 59))).isTrue();
        assertThat(OFFICE.openAt(wednesday(12, 0))).isFalse();
        assertThat(OFFICE.openAt(wednesday(14, 30))).isTrue();
        assertThat(OFFICE.openAt(wednesday(18, 0))).isFalse();
    }

    @Test
    void anOfficeOpenOnSaturdayMorningIsClosedOnSunday() {
        assertThat(OFFICE.openAt(LocalDateTime.of(2026, 12, 5, 10, 0))).isTrue();
        assertThat(OFFICE.openAt(LocalDateTime.of(2026, 12, 5, 13, 0))).isFalse();
        assertThat(OFFICE.openAt(LocalDateTime.of(2026, 12, 6, 10, 0))).isFalse();
    }

    @Test
    void aStationOpenDailyUntilMidnightIsOpenAtEveryMinute() {
        OpeningHours always = OpeningHours.parse("openingHours", "daily 00:00-24:00");
        assertThat(always.openAt(wednesday(0, 0))).isTrue();
        assertThat(always.openAt(wednesday(23, 59))).isTrue();
        assertThat(always.openAt(LocalDateTime.of(2026, 12, 6, 3, 15))).isTrue();
    }

    @Test
    void hoursThatCloseBeforeTheyOpenOrNameNoDayAreRefusedByName() {
        for (String bad :
                new String[] {"Mon-Fri 18:00-08:00", "Someday 08:00-12:00", "Mon 8-12", "Fri-Mon 08:00-12:00", ""}) {
            assertThatThrownBy(() -> OpeningHours.parse("openingHours", bad))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> {
                        assertThat(e.field()).isEqualTo("openingHours");
                        assertThat(e.rule()).isEqualTo("opening-hours.format");
                    });
        }
    }

    @Test
    void walkingDistanceIsTheGreatCircleDistanceWithADetourForStreets() {
        // One thousandth of a degree of latitude is about 111 metres in a straight line.
        WalkingDistance distance = WalkingDistance.between(40.800, 111.710, 40.801, 111.710);
        assertThat(distance.metres()).isBetween(143L, 146L);
        assertThat(distance.minutes()).isEqualTo(2);
    }

    @Test
    void aPlaceSevenHundredMetresAwayInAStraightLineIsWithinFifteenMinutesAndTwoKilometresIsNot() {
        assertThat(WalkingDistance.between(40.800, 111.710, 40.807, 111.710).withinFifteenMinutes())
                .isTrue();
        assertThat(WalkingDistance.between(40.800, 111.710, 40.818, 111.710).withinFifteenMinutes())
                .isFalse();
    }

    @Test
    void anOrdinaryGridOf412HouseholdsIsWithinTheNormAndOf250IsBelowIt() {
        assertThat(new HouseholdNorm(412, 19, GridKind.ORDINARY).standing()).isEqualTo(HouseholdNorm.Standing.WITHIN);
        assertThat(new HouseholdNorm(250, 250, GridKind.ORDINARY).outsideNorm()).isTrue();
        assertThat(new HouseholdNorm(501, 0, GridKind.ORDINARY).standing()).isEqualTo(HouseholdNorm.Standing.ABOVE);
        assertThat(new HouseholdNorm(300, 0, GridKind.ORDINARY).outsideNorm()).isFalse();
        assertThat(new HouseholdNorm(500, 0, GridKind.ORDINARY).outsideNorm()).isFalse();
    }

    @Test
    void aSpecialGridForAMarketHasNoHouseholdNorm() {
        assertThat(new HouseholdNorm(20, 3, GridKind.SPECIAL).outsideNorm()).isFalse();
    }

    @Test
    void aGridDeclaring412HouseholdsWithNineteenRegisteredHas393Unregistered() {
        assertThat(new HouseholdNorm(412, 19, GridKind.ORDINARY).unregistered()).isEqualTo(393);
        assertThat(new HouseholdNorm(10, 19, GridKind.ORDINARY).unregistered()).isZero();
    }
}
