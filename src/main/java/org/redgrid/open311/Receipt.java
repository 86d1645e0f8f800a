package org.redgrid.open311;

/** What a client learns about a filed request: its id, its token, a notice and the client's account id. */
public record Receipt(String serviceRequestId, String token, String serviceNotice, String accountId) {}
