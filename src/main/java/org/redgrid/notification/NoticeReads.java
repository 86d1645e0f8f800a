package org.redgrid.notification;

import java.time.Instant;
import java.util.List;

/** Who received a notice, who has read it and which building heads (楼栋长) relayed it. */
public record NoticeReads(long notice, long recipients, long read, List<Reader> readers) {

    /** One recipient: when they read it, and for a building head when they relayed it. */
    public record Reader(String username, String name, boolean buildingHead, Instant readAt, Instant relayedAt) {}
}
