package org.redgrid.people;

/** Puts a person on a ledger; the visit cycle defaults to the ledger's usual cycle. */
public record NewLedgerEntry(Long personId, LedgerKind kind, Integer visitCycleDays, String note) {}
