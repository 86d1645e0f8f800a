package org.redgrid.organization;

/** A partner unit to register with its 统一社会信用代码 and the division it serves. */
public record NewPartnerUnit(String key, String name, String creditCode, PartnerUnitKind kind, String scopeCode) {}
