package org.redgrid.open311;

/** A freshly issued key with its secret, which is shown this once and stored only as a hash. */
public record IssuedApiKey(ApiKeyView key, String secret) {}
