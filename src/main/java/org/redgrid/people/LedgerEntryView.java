package org.redgrid.people;

import java.time.Instant;
import java.time.LocalDate;

/** One person on one ledger, with when the next visit is due and whether that day has passed. */
public record LedgerEntryView(
        long id,
        long personId,
        String personName,
        String idNumberMasked,
        String phoneMasked,
        String gridCode,
        LedgerKind kind,
        int visitCycleDays,
        String note,
        Instant lastVisitAt,
        LocalDate nextVisitDue,
        boolean overdue) {}
