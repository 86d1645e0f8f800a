package org.redgrid.people;

/** Registers a person as a party member of a branch; in-service members name their employer. */
public record NewPartyMember(Long personId, Long partyOrgId, Boolean inService, String employer) {}
