package org.redgrid.shared;

import java.util.List;

/**
 * Several records for the audit log from one change (a bulk intake's cases), appended in one
 * statement, in this order, by the same actor and inside the same transaction as the change.
 */
public record AuditRecords(List<AuditRecord> records) {

    public AuditRecords {
        records = List.copyOf(records);
    }
}
