package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.archives.MaterialClass;
import org.redgrid.shared.InvalidValue;

class AccessGrantTest {

    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

    @Test
    void anApprovedRequestCoversOnlyTheNamedPart() {
        AccessGrant grant = AccessGrant.approved(1, List.of(Part.of(MaterialClass.PARTY)), NOW, 3, false);

        assertThat(grant.allowsReading(7, MaterialClass.PARTY, NOW)).isTrue();
        assertThat(grant.allowsReading(8, MaterialClass.RESUME, NOW)).isFalse();
    }

    @Test
    void aGrantForOneMaterialDoesNotOpenItsSiblingsOfTheSameClass() {
        AccessGrant grant = AccessGrant.approved(1, List.of(Part.of(7)), NOW, 3, false);

        assertThat(grant.allowsReading(7, MaterialClass.PARTY, NOW)).isTrue();
        assertThat(grant.allowsReading(9, MaterialClass.PARTY, NOW)).isFalse();
    }

    @Test
    void aGrantEndsWhenItsDaysAreOver() {
        AccessGrant grant = AccessGrant.approved(1, List.of(Part.of(MaterialClass.PARTY)), NOW, 3, false);

        assertThat(grant.allowsReading(
                        7, MaterialClass.PARTY, NOW.plus(Duration.ofDays(3)).minusSeconds(1)))
                .isTrue();
        assertThat(grant.allowsReading(7, MaterialClass.PARTY, NOW.plus(Duration.ofDays(3))))
                .isFalse();
    }

    @Test
    void aGrantIsReadOnlyUnlessTheApprovalSaysDownload() {
        AccessGrant readOnly = AccessGrant.approved(1, List.of(), NOW, null, null);
        AccessGrant download = AccessGrant.approved(2, List.of(), NOW, null, true);

        assertThat(readOnly.allowsDownload(7, MaterialClass.PARTY, NOW)).isFalse();
        assertThat(download.allowsDownload(7, MaterialClass.PARTY, NOW)).isTrue();
    }

    @Test
    void anApprovalWithoutDaysReadsForThreeDays() {
        AccessGrant grant = AccessGrant.approved(1, List.of(), NOW, null, null);

        assertThat(grant.until()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void anApprovalCannotOpenAFileForMoreThanThirtyDaysOrForNone() {
        assertThatThrownBy(() -> AccessGrant.approved(1, List.of(), NOW, 31, false))
                .isInstanceOf(InvalidValue.class)
                .extracting("rule")
                .isEqualTo("archives.time-box");
        assertThatThrownBy(() -> AccessGrant.approved(1, List.of(), NOW, 0, false))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aDelegationWithoutPartsCoversTheWholeFileForAYear() {
        AccessGrant grant = AccessGrant.delegated(List.of(), NOW, null, null);

        assertThat(grant.allowsReading(3, MaterialClass.DISCIPLINE, NOW.plus(Duration.ofDays(364))))
                .isTrue();
        assertThat(grant.allowsReading(3, MaterialClass.DISCIPLINE, NOW.plus(Duration.ofDays(365))))
                .isFalse();
    }

    @Test
    void noGrantIsLiveBeforeItStarts() {
        AccessGrant grant = AccessGrant.approved(1, List.of(), NOW, 1, false);

        assertThat(grant.isLiveAt(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void oneLiveGrantAmongExpiredOnesIsEnough() {
        AccessGrant old = AccessGrant.approved(1, List.of(), NOW.minus(Duration.ofDays(10)), 3, false);
        AccessGrant live = AccessGrant.approved(2, List.of(Part.of(MaterialClass.PARTY)), NOW, 3, false);

        assertThat(AccessGrant.anyAllowsReading(List.of(old, live), 7, MaterialClass.PARTY, NOW))
                .isTrue();
        assertThat(AccessGrant.anyAllowsReading(List.of(old, live), 8, MaterialClass.RESUME, NOW))
                .isFalse();
    }
}
