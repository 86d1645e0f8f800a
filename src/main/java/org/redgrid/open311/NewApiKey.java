package org.redgrid.open311;

/** An API key to issue: the client's name and the division code of the area it may file requests for. */
public record NewApiKey(String name, String scope) {}
