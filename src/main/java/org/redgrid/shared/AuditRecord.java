package org.redgrid.shared;

/**
 * Something that must appear in the tamper-evident audit log. Published synchronously inside the
 * writing transaction, so the record and the change commit or roll back together.
 */
public record AuditRecord(String action, String targetType, String targetId, String scopeCode, String detail) {

    public AuditRecord {
        if (action == null || action.isBlank()) throw new IllegalArgumentException("audit action is required");
    }
}
