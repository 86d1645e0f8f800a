package org.redgrid.organization;

/** A party organisation to create under an optional parent. */
public record NewPartyOrg(String key, Long parentId, PartyOrgKind kind, String name, String scopeCode) {}
