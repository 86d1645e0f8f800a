package org.redgrid.identity;

import java.time.Instant;

/**
 * One line of the audit log. {@code id} orders the entries as they were written; {@code seq} is the
 * entry's position in the hash chain, null for the moments between its commit and its chaining.
 */
public record AuditEntry(
        long id,
        Long seq,
        Instant at,
        String actor,
        String action,
        String targetType,
        String targetId,
        String scopeCode,
        String detail) {}
