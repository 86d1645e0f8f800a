package org.redgrid.identity;

import java.time.Instant;

/** A bearer token for the API and when it stops working. */
public record TokenGrant(String token, Instant expiresAt) {}
