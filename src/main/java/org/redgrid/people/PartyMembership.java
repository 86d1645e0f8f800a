package org.redgrid.people;

/** A person's party membership: branch, and whether in service (在职党员) with an employer. */
public record PartyMembership(Long partyOrgId, boolean inService, String employer) {}
