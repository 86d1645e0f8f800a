package org.redgrid.notification;

import java.time.Instant;

/** One message in a user's inbox. */
public record InboxMessage(
        long id, Long caseId, String caseNumber, String title, String body, Instant createdAt, Instant readAt) {}
