package org.redgrid.identity;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String targetType,
        String targetId,
        String scopeCode,
        String detail) {}
