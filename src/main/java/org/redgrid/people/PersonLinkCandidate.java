package org.redgrid.people;

/**
 * A person of a link request's grid whom staff may choose: registered under the name the resident gave,
 * or with the account's phone ({@code phoneMatches}; the phone itself is never shown).
 */
public record PersonLinkCandidate(long personId, String name, boolean phoneMatches) {}
