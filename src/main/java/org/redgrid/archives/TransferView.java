package org.redgrid.archives;

import java.time.Instant;

/** One link of a file's chain of custody: sent with a receipt number, confirmed by the receiving keeper. */
public record TransferView(
        long id,
        long file,
        String from,
        String to,
        String receipt,
        String note,
        String sentBy,
        Instant sentAt,
        String receivedBy,
        Instant receivedAt) {

    public boolean received() {
        return receivedAt != null;
    }
}
