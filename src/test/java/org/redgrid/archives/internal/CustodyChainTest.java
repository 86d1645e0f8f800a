package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;

class CustodyChainTest {

    final CustodyChain held = new CustodyChain("150105", Optional.empty());
    final CustodyChain onItsWay = new CustodyChain("150105", Optional.of(new CustodyChain.Pending(4, "1501")));

    @Test
    void theHolderSendsAFileToTheCityArchive() {
        assertThat(held.send("150105", "1501")).isEqualTo("1501");
    }

    @Test
    void onlyTheHolderSendsAFile() {
        assertThatThrownBy(() -> held.send("150102", "1501")).isInstanceOf(Forbidden.class);
    }

    @Test
    void aFileOnItsWayCannotBeSentAgain() {
        assertThatThrownBy(() -> onItsWay.send("150105", "15"))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("archives.transfer-pending");
    }

    @Test
    void aFileGoesOnlyToARegionCityOrCountyArchive() {
        assertThatThrownBy(() -> held.send("150105", "150105004"))
                .isInstanceOf(InvalidValue.class)
                .extracting("rule")
                .isEqualTo("archives.unit");
    }

    @Test
    void aFileIsNotSentToItsOwnHolder() {
        assertThatThrownBy(() -> held.send("150105", "150105")).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyTheReceivingUnitConfirmsReceiptAndThenHoldsTheFile() {
        assertThatThrownBy(() -> onItsWay.receive(4, "150105")).isInstanceOf(Forbidden.class);
        assertThat(onItsWay.receive(4, "1501")).isEqualTo("1501");
    }

    @Test
    void aTransferAlreadyReceivedCannotBeReceivedAgain() {
        assertThatThrownBy(() -> held.receive(4, "1501"))
                .isInstanceOf(Conflict.class)
                .extracting("rule")
                .isEqualTo("archives.transfer-not-pending");
    }
}
