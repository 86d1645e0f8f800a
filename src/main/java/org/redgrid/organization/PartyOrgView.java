package org.redgrid.organization;

/** A party organisation, linked to the division or grid it serves. */
public record PartyOrgView(long id, String key, Long parentId, PartyOrgKind kind, String name, String scopeCode) {}
