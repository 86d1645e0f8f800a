package org.redgrid.people;

import java.time.Instant;

/** 走访: who visited whom, when, what was found and what follows; {@code recordedAt} starts the undo window. */
public record VisitView(
        long id,
        long personId,
        String personName,
        Long ledgerEntryId,
        String gridCode,
        String visitor,
        Instant visitedAt,
        String content,
        String followUp,
        Instant recordedAt) {}
