package org.redgrid.notification;

import java.time.Instant;

/** One outgoing group message and how its sending went. */
public record DeliveryView(
        long id,
        Channel channel,
        String content,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
